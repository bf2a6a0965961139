package nl.inburgering.platform.inbox;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An event as a consumer sees it: the CloudEvents attributes it may need and the decoded payload.
 *
 * @param id     CloudEvents id, unique per source
 * @param source the producing system
 * @param type   the CloudEvents type
 * @param tijd   when the producer registered the fact
 * @param topic  the topic the record came from (one listener may read several)
 * @param data   the Avro payload
 */
public record OntvangenEvent<T>(String id, URI source, String type, OffsetDateTime tijd, String topic, T data) {
}
