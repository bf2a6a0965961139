package nl.inburgering.platform.deadletter;

/**
 * Why a record was dead-lettered, as a code of ours in the dead letter's headers and the operator's list (issue 11,
 * item 8; decision 0013). Each code says what is wrong and where the fix lies, for the reader of the runbook; none
 * carries a value of the record.
 */
public enum DeadLetterReden {

    ONGELDIG_EVENT("het event breekt een regel van de envelop of de inhoud (een ontbrekend attribuut, een waarde buiten "
            + "het toegestane bereik); herstel bij de producent, of in deze dienst als de regel te streng is"),
    ONBEKEND_SCHEMA("de payload is geen Avro-bericht van een schemaversie die deze dienst kent; herstel met een versie "
            + "van deze dienst met het nieuwere contract (avro-history), of bij de producent"),
    ONBEKENDE_BRON("de ce_source is geen systeem van de producent van dit topic; herstel bij de afzender, of neem een "
            + "extra systeem op in keten.inbox.bronnen"),
    ONGELDIGE_WAARDE("een waarde in het event voldoet niet aan een validatieregel van deze dienst (de velden staan "
            + "erbij); herstel bij de producent, of in deze dienst als de regel te streng is"),
    PROGRAMMAFOUT("de verwerking faalde op een programmeerfout (NullPointerException) die bij elke poging terugkomt; "
            + "herstel in deze dienst"),
    ONLEESBAAR_BERICHT("Spring Kafka kon het bericht niet omzetten voor de listener; herstel in deze dienst of bij de "
            + "producent"),
    ONBEKEND("een fout die als deterministisch is aangemerkt zonder eigen code; zie de klasse van de uitzondering");

    private final String uitleg;

    DeadLetterReden(String uitleg) {
        this.uitleg = uitleg;
    }

    /** What the code means and where the fix lies. */
    public String uitleg() {
        return uitleg;
    }
}
