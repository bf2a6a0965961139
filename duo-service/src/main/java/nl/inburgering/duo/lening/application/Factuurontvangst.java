package nl.inburgering.duo.lening.application;

/** What became of a received factuur. */
public enum Factuurontvangst {
    /** Registered; it waits for the inburgeraar's goedkeuring. */
    ONTVANGEN,
    /** The instelling sent this factuurnummer before: nothing changes (idempotent beyond the inbox). */
    AL_ONTVANGEN,
    /** The person has no lening at DUO: the event is invalid (dead letter). */
    GEEN_LENING
}
