package nl.inburgering.cbs;

import java.nio.ByteBuffer;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;

import nl.inburgering.contracts.AvroTrust;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtGeleverd;
import nl.inburgering.contracts.event.InburgeringstrajectGeleverd;
import nl.inburgering.contracts.event.VerblijfsgegevensGeleverd;
import nl.inburgering.contracts.event.VoorinburgeringGeleverd;

/** The four sources of #22 (seed §14.1): the topic, the schema and the file of the dataset of each. */
public enum Bron {

    IND(Topics.MONITORING_IND, VerblijfsgegevensGeleverd.getClassSchema(), "ind_verblijfsgegevens.csv"),
    COA(Topics.MONITORING_COA, VoorinburgeringGeleverd.getClassSchema(), "coa_voorinburgering.csv"),
    GEMEENTE(Topics.MONITORING_GEMEENTE, InburgeringstrajectGeleverd.getClassSchema(),
            "gemeente_inburgeringstraject.csv"),
    DUO(Topics.MONITORING_DUO, InburgeringsplichtGeleverd.getClassSchema(), "duo_inburgeringsplicht.csv");

    static {
        AvroTrust.trustContracts();
    }

    private final String topic;
    private final Schema schema;
    private final String bestand;

    Bron(String topic, Schema schema, String bestand) {
        this.topic = topic;
        this.schema = schema;
        this.bestand = bestand;
    }

    public String topic() {
        return topic;
    }

    public Schema schema() {
        return schema;
    }

    public String bestand() {
        return bestand;
    }

    /** The record in a payload (Avro single-object encoding, as the outbox writes it). */
    public SpecificRecordBase lees(byte[] payload) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(payload);
            return switch (this) {
                case IND -> VerblijfsgegevensGeleverd.fromByteBuffer(bytes);
                case COA -> VoorinburgeringGeleverd.fromByteBuffer(bytes);
                case GEMEENTE -> InburgeringstrajectGeleverd.fromByteBuffer(bytes);
                case DUO -> InburgeringsplichtGeleverd.fromByteBuffer(bytes);
            };
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalArgumentException("geen " + schema.getName() + ": " + e.getMessage(), e);
        }
    }

    public static Bron vanTopic(String topic) {
        for (Bron bron : values()) {
            if (bron.topic.equals(topic)) {
                return bron;
            }
        }
        throw new IllegalArgumentException("geen #22-topic: " + topic);
    }

    /** The columns of this source's file: CBS's pseudonym in place of the partner's, then the schema's fields. */
    public List<String> kolommen() {
        return schema.getFields().stream()
                .map(f -> f.name().equals("pseudoniem") ? "cbs_pseudoniem" : f.name()).toList();
    }
}
