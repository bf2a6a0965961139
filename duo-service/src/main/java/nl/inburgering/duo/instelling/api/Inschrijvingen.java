package nl.inburgering.duo.instelling.api;

import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * What DUO knows of instellingen and of a person's inschrijvingen (#20). It records nothing in the Logboek itself:
 * the caller reads within its own verwerking, which records the activity it performs for the person.
 */
public interface Inschrijvingen {

    /** Whether DUO recognises the instelling ({@code keten.duo.instellingen}); leading zeros do not count. */
    boolean isBekendeInstelling(String instellingsnummer);

    /** The instellingsnummers where the person is ingeschreven now (no uitschrijving yet), in order of inschrijving. */
    List<String> lopendeInschrijvingen(Bsn bsn);
}
