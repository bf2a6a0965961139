package nl.inburgering.platform.outbox;

import org.apache.avro.specific.SpecificRecord;

/**
 * Translates one domain event into its contract: the only place a service builds the Avro of an event it publishes.
 * Implement one per event type as a bean in the feature's {@code messaging/} package; the {@link Outbox} finds it by
 * the domain event's class, so application code publishes its own past-tense records and never imports the contracts.
 *
 * @param <D> the domain event (a record in the feature's domain)
 * @param <C> the contract event (generated from the Avro schema)
 */
public interface UitgaandeVertaling<D, C extends SpecificRecord> {

    Class<D> domeinevent();

    Class<C> contract();

    C vertaal(D event);
}
