package nl.inburgering.duo.pip.domain;

import java.util.Set;

/**
 * The instellingsnummers DUO knows as recognised (GET /instellingen of the Inburgeringsaanbod API):
 * with a Blik op Werk keurmerk, and with a Taalschakeltraject keurmerk. One instelling may have both.
 */
public record ErkendeInstellingen(Set<String> bowKeurmerk, Set<String> tstKeurmerk) {

    public ErkendeInstellingen {
        bowKeurmerk = Set.copyOf(bowKeurmerk);
        tstKeurmerk = Set.copyOf(tstKeurmerk);
    }

    /**
     * A BoW instelling is always fine; a taalschakelinstelling only for someone on the onderwijsroute, because
     * the taalschakeltraject is what that route is made of.
     */
    public boolean isErkend(String instellingsnummer, Leerroute leerroute) {
        return bowKeurmerk.contains(instellingsnummer)
                || leerroute == Leerroute.ONDERWIJSROUTE && tstKeurmerk.contains(instellingsnummer);
    }
}
