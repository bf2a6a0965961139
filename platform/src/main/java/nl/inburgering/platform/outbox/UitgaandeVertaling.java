package nl.inburgering.platform.outbox;

import org.apache.avro.specific.SpecificRecord;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;

/**
 * Translates one domain event into its contract: the only place a service builds the Avro of an event it publishes.
 * Implement one per event type as a bean in the feature's {@code messaging/} package; the {@link Outbox} finds it by
 * the domain event's class, so application code publishes its own past-tense records and never imports the contracts.
 * Both classes are read from the type arguments, so an implementation writes only {@link #vertaal}.
 *
 * @param <D> the domain event (a record in the feature's domain)
 * @param <C> the contract event (generated from the Avro schema)
 */
public interface UitgaandeVertaling<D, C extends SpecificRecord> {

    C vertaal(D event);

    @SuppressWarnings("unchecked")
    default Class<D> domeinevent() {
        return (Class<D>) typeargument(getClass(), 0);
    }

    @SuppressWarnings("unchecked")
    default Class<C> contract() {
        return (Class<C>) typeargument(getClass(), 1);
    }

    /** The contract class a translation class writes, without an instance (the module canvas reads classes). */
    static Class<?> contractVan(Class<?> vertaling) {
        return typeargument(vertaling, 1);
    }

    private static Class<?> typeargument(Class<?> vertaling, int index) {
        Class<?> type = ResolvableType.forClass(ClassUtils.getUserClass(vertaling)).as(UitgaandeVertaling.class)
                .resolveGeneric(index);
        if (type == null) {
            throw new IllegalStateException(vertaling.getName() + " noemt zijn domeinevent en contract niet als "
                    + "typeargumenten van UitgaandeVertaling");
        }
        return type;
    }
}
