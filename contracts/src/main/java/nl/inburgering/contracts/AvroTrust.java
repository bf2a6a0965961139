package nl.inburgering.contracts;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12 refuses to instantiate generated classes outside a trusted set while decoding
 * ({@code SecurityException: Forbidden nl.inburgering.contracts...}). The system property
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} is read only once, when Avro's
 * {@code ClassSecurityValidator} initialises, so setting it late silently has no effect. This
 * helper extends the validator itself and therefore works whenever it is called, as long as it
 * is called before the first decode.
 */
public final class AvroTrust {

    /** Covers both generated packages: {@code .event} and {@code .common}. */
    public static final String CONTRACTS_PACKAGE = "nl.inburgering.contracts";

    private static boolean installed;

    private AvroTrust() {
    }

    /** Idempotent: trust the generated contract classes in addition to whatever is trusted already. */
    public static synchronized void trustContracts() {
        if (installed) {
            return;
        }
        ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityPredicate contracts = AvroTrust::isContractClass;
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current, contracts));
        installed = true;
    }

    static boolean isContractClass(Class<?> type) {
        return type.getName().startsWith(CONTRACTS_PACKAGE + ".");
    }
}
