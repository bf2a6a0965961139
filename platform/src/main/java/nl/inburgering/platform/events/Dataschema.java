package nl.inburgering.platform.events;

import java.net.URI;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * The CloudEvents {@code dataschema}: the Avro schema's name plus its fingerprint, so a consumer can
 * tell exactly which schema version wrote a payload.
 */
public final class Dataschema {

    private Dataschema() {
    }

    public static URI van(Schema schema) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(schema);
        return URI.create("urn:nl-inburgering:avro:" + schema.getName() + ":"
                + Long.toHexString(fingerprint));
    }
}
