package nl.inburgering.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.testdata.ContractEvents;

/** Issue 11 item 16: a record written with an earlier released schema version is read, not dead-lettered. */
class SchemageschiedenisTest {

    static {
        nl.inburgering.contracts.AvroTrust.trustContracts();
    }

    /** Every event type with more than one released version. */
    static Stream<Class<? extends SpecificRecord>> geevolueerdeTypen() {
        return TopicCatalogue.all().stream().flatMap(t -> t.eventTypes().stream())
                .<Class<? extends SpecificRecord>>map(e -> e.schema())
                .filter(schema -> Schemageschiedenis.versiesVan(schema.getName()).size() > 1);
    }

    @Test
    void er_zijn_geevolueerde_typen_om_te_controleren() {
        assertThat(geevolueerdeTypen()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("geevolueerdeTypen")
    void een_record_geschreven_met_v1_wordt_gelezen_als_het_huidige_type(Class<? extends SpecificRecord> type)
            throws Exception {
        Schema v1 = Schemageschiedenis.versiesVan(type.getName()).get(0);
        SpecificRecord huidig = geldig(type);
        GenericRecord alsV1 = naarVersie(huidig, v1);
        byte[] v1Bericht = bytes(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(alsV1));

        SpecificRecord gelezen = AvroCodec.decode(v1Bericht, type);

        assertThat(naarVersie(gelezen, v1)).as("wat v1 kent, komt ongewijzigd door").isEqualTo(alsV1);
    }

    private static SpecificRecord geldig(Class<? extends SpecificRecord> type) throws Exception {
        String naam = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
        Object bouwer = ContractEvents.class.getMethod(naam).invoke(null);
        return (SpecificRecord) bouwer.getClass().getMethod("build").invoke(bouwer);
    }

    /** The record as a writer of {@code versie} would have built it (Avro schema resolution current -> versie). */
    private static GenericRecord naarVersie(SpecificRecord record, Schema versie) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        var encoder = org.apache.avro.io.EncoderFactory.get().binaryEncoder(uit, null);
        new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
        encoder.flush();
        return new GenericDatumReader<GenericRecord>(record.getSchema(), versie)
                .read(null, DecoderFactory.get().binaryDecoder(uit.toByteArray(), null));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
