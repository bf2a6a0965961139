package nl.inburgering.platform.logboek;

import java.time.Instant;
import java.util.UUID;

/**
 * One record of the Logboek dataverwerkingen: one action on the personal data of one data subject.
 * Field names follow the standard's data model; nothing in it is a BSN.
 *
 * @param id                    the record's id
 * @param traceId               W3C trace id (32 hex) of the processing
 * @param spanId                W3C span id (16 hex) of the action
 * @param parentSpanId          the calling action within the trace, if any
 * @param verwerkingsactiviteitId   {@code dpl.core.processing_activity_id}
 * @param verwerkingsactiviteitNaam the activity's name
 * @param status                OK, or ERROR when the surrounding work failed
 * @param betrokkene            {@code dpl.core.data_subject_id}: the pseudonym of the BSN
 * @param betrokkeneType        {@code dpl.core.data_subject_id_type}: {@code BSN} (pseudonymised)
 * @param organisatieOin        the organisation the processing was done for
 * @param gemeentecode          the gemeente within it, from the access token, if any
 * @param instellingsnummer     the instelling within it, from the access token, if any
 * @param service               the service that processed the data
 * @param start                 when the action started
 * @param einde                 when the action ended
 */
public record Verwerkingsrecord(UUID id, String traceId, String spanId, String parentSpanId,
        String verwerkingsactiviteitId, String verwerkingsactiviteitNaam, Status status, String betrokkene,
        String betrokkeneType, String organisatieOin, String gemeentecode, String instellingsnummer,
        String service, Instant start, Instant einde) {

    /** The standard's status codes as this chain writes them ({@code UNSET} is not used). */
    public enum Status {
        OK, ERROR
    }
}
