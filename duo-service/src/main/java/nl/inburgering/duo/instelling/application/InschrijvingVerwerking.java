package nl.inburgering.duo.instelling.application;

/** What became of a delivered inschrijving or uitschrijving (#20). */
public enum InschrijvingVerwerking {
    /** Registered (or, delivered again, the same registration). */
    GEREGISTREERD,
    /** DUO does not know the person (no inburgeringsplicht decided): nothing processed. */
    ONBEKENDE_PERSOON,
    /** An uitschrijving without a lopende inschrijving at that instelling: nothing to close. */
    GEEN_LOPENDE_INSCHRIJVING
}
