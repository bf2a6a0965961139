package nl.inburgering.gemeente.inspanning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Handhaving op inspanning during the leerroute (seed §9.2): "indien de gemeente een tekort aan inspanning ziet bij de
 * inburgeringsplichtige, kan de gemeente vanuit die regiefunctie overgaan tot handhaving op inspanning en een boete
 * opleggen". The tekort is the ongeoorloofd verzuim an instelling reports (#18, cumulative hours per instelling).
 * Which situations allow a waarschuwing or a boete, and how high it may be, is lower regulation (§9.2); the gemeente
 * keeps to the rules named in {@link Regel}, per instelling. Like the brede intake's, these measures stay at the
 * gemeente: nothing goes to DUO.
 */
public final class VerzuimHandhavingPolicy {

    private VerzuimHandhavingPolicy() {
    }

    /** The named rules; a step that comes too early breaks one of the first four (a 409 naming it). */
    public enum Regel {
        GEEN_WAARSCHUWING_ZONDER_VERZUIM(
                "Een waarschuwing kan alleen bij ongeoorloofd verzuim dat de instelling meldde; de instelling meldde "
                        + "geen ongeoorloofd verzuim."),
        GEEN_TWEEDE_WAARSCHUWING_VOOR_HETZELFDE_VERZUIM(
                "Voor dit ongeoorloofd verzuim is al gewaarschuwd; een nieuwe waarschuwing kan pas bij nieuw verzuim."),
        GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING(
                "Een boete kan pas na een waarschuwing voor hetzelfde ongeoorloofd verzuim; er is nog niet gewaarschuwd."),
        EEN_BOETE_PER_WAARSCHUWING(
                "Voor het verzuim waarvoor is gewaarschuwd is al een boete opgelegd; bij nieuw verzuim eerst een "
                        + "nieuwe waarschuwing."),
        BOETE_BINNEN_HET_MAXIMUM(
                "Een boete is een positief bedrag in euro's met hoogstens twee decimalen en niet hoger dan het "
                        + "maximum.");

        private final String omschrijving;

        Regel(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    /**
     * The gemeente's amounts (lower regulation, so configuration).
     *
     * @param boete        the bedrag of a boete when the caseworker names none
     * @param maximumBoete the legal maximum of a boete for a gemeente's handhaving op inspanning
     */
    public record Regels(BigDecimal boete, BigDecimal maximumBoete) {

        public Regels {
            if (boete == null || maximumBoete == null || boete.signum() <= 0) {
                throw new IllegalArgumentException("een boete en een maximum boven nul zijn nodig");
            }
            if (boete.compareTo(maximumBoete) > 0) {
                throw new IllegalArgumentException(
                        "de boete (" + boete + ") is hoger dan het maximum (" + maximumBoete + ")");
            }
        }
    }

    /**
     * Where the handhaving of one instelling's verzuim stands.
     *
     * @param urenOngeoorloofdVerzuim the cumulative ongeoorloofd verzuim of the latest stand of the instelling
     * @param gewaarschuwdTotEnMet    the verzuim the latest waarschuwing was about (0 without one)
     * @param waarschuwingZonderBoete whether the latest waarschuwing has no boete yet
     */
    public record Verzuimstand(int urenOngeoorloofdVerzuim, int gewaarschuwdTotEnMet, boolean heeftWaarschuwing,
            boolean waarschuwingZonderBoete) {

        public static Verzuimstand zonderMaatregel(int urenOngeoorloofdVerzuim) {
            return new Verzuimstand(urenOngeoorloofdVerzuim, 0, false, false);
        }

        /** Verzuim nobody warned about yet: the signal on the werkvoorraad. */
        public boolean heeftNieuwVerzuim() {
            return urenOngeoorloofdVerzuim > gewaarschuwdTotEnMet;
        }
    }

    /** What the werkvoorraad shows of a person's verzuim. */
    public enum Signaal {
        /** Ongeoorloofd verzuim no waarschuwing was given for yet. */
        ONGEOORLOOFD_VERZUIM,
        /** Gewaarschuwd; a boete is possible. */
        GEWAARSCHUWD
    }

    /** The signal of a person over his instellingen; empty when there is nothing to act on. */
    public static Optional<Signaal> signaal(List<Verzuimstand> perInstelling) {
        if (perInstelling.stream().anyMatch(Verzuimstand::heeftNieuwVerzuim)) {
            return Optional.of(Signaal.ONGEOORLOOFD_VERZUIM);
        }
        if (perInstelling.stream().anyMatch(Verzuimstand::waarschuwingZonderBoete)) {
            return Optional.of(Signaal.GEWAARSCHUWD);
        }
        return Optional.empty();
    }

    /** A waarschuwing for the verzuim of an instelling: the rule it breaks, or none. */
    public static Optional<Regel> waarschuwing(Verzuimstand stand) {
        if (stand.urenOngeoorloofdVerzuim() <= 0) {
            return Optional.of(Regel.GEEN_WAARSCHUWING_ZONDER_VERZUIM);
        }
        if (!stand.heeftNieuwVerzuim()) {
            return Optional.of(Regel.GEEN_TWEEDE_WAARSCHUWING_VOOR_HETZELFDE_VERZUIM);
        }
        return Optional.empty();
    }

    /** A boete for the verzuim of an instelling (after its waarschuwing): the rule it breaks, or none. */
    public static Optional<Regel> boete(Verzuimstand stand) {
        if (!stand.heeftWaarschuwing()) {
            return Optional.of(Regel.GEEN_BOETE_ZONDER_EERDERE_WAARSCHUWING);
        }
        if (!stand.waarschuwingZonderBoete()) {
            return Optional.of(Regel.EEN_BOETE_PER_WAARSCHUWING);
        }
        return Optional.empty();
    }

    /**
     * The bedrag of a boete: the one the caseworker names, or the gemeente's usual one; never above the maximum.
     *
     * @return the bedrag, or the rule it breaks
     */
    public static Bedrag bedrag(BigDecimal gevraagd, Regels regels) {
        BigDecimal bedrag = gevraagd == null ? regels.boete() : gevraagd;
        if (bedrag.signum() <= 0 || bedrag.scale() > 2 || bedrag.compareTo(regels.maximumBoete()) > 0) {
            return new Bedrag(null, new Regelovertreding("bedrag", Regel.BOETE_BINNEN_HET_MAXIMUM.name(),
                    Regel.BOETE_BINNEN_HET_MAXIMUM.omschrijving() + " Het maximum is " + regels.maximumBoete()
                            + " euro."));
        }
        return new Bedrag(bedrag, null);
    }

    /** @param bedrag null when it breaks the rule {@code overtreding} names */
    public record Bedrag(BigDecimal bedrag, Regelovertreding overtreding) {
    }
}
