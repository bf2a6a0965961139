package nl.inburgering.platform.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import nl.inburgering.contracts.AvroTrust;

/**
 * Avro single-object encoding: the payload starts with the writer schema's fingerprint, so a reader
 * knows which schema wrote it and refuses bytes of an unknown or incompatible schema instead of
 * misreading them.
 */
public final class AvroCodec {

    static {
        // Avro 1.12 only instantiates generated classes from trusted packages.
        AvroTrust.trustContracts();
    }

    /** Encoders and decoders fingerprint their schema when built: build them once per event class. */
    private static final ClassValue<BinaryMessageEncoder<SpecificRecord>> ENCODERS = new ClassValue<>() {
        @Override
        protected BinaryMessageEncoder<SpecificRecord> computeValue(Class<?> type) {
            SpecificData model = SpecificData.getForClass(type);
            return new BinaryMessageEncoder<>(model, model.getSchema(type));
        }
    };

    /**
     * A decoder reads the current schema and every released version in the contracts' {@code avro-history/}: a record
     * written with an earlier (compatible) version, still in a topic or replayed, resolves to the current class by
     * its writer's fingerprint instead of being dead-lettered.
     */
    private static final ClassValue<BinaryMessageDecoder<?>> DECODERS = new ClassValue<>() {
        @Override
        protected BinaryMessageDecoder<?> computeValue(Class<?> type) {
            SpecificData model = SpecificData.getForClass(type);
            Schema lezer = model.getSchema(type);
            BinaryMessageDecoder<?> decoder = new BinaryMessageDecoder<>(model, lezer);
            for (Schema eerder : Schemageschiedenis.versiesVan(lezer.getFullName())) {
                decoder.addSchema(eerder);
            }
            return decoder;
        }
    };

    private AvroCodec() {
    }

    public static byte[] encode(SpecificRecord record) {
        try {
            ByteBuffer buffer = ENCODERS.get(record.getClass()).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws InvalidEventException when the bytes are not a single-object encoded record of a schema
     *                               compatible with {@code type}
     */
    public static <T extends SpecificRecord> T decode(byte[] bytes, Class<T> type) {
        try {
            return type.cast(DECODERS.get(type).decode(bytes));
        } catch (IOException | RuntimeException e) {
            throw new InvalidEventException(InvalidEventException.Soort.ONBEKEND_SCHEMA,
                    "payload is geen geldig Avro-bericht van schema " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
