package nl.inburgering.duo.dossier.domain;

/**
 * DUO's rule for whom a gemeente may consult (README of the DUO-gemeente M2M exchange, "Voorwaarden
 * Gegevensuitwisseling"): the person is relevant for the gemeente when
 * <ol>
 * <li>he is ingezetene of the gemeente and does not live in a COA location, or</li>
 * <li>he lives in a COA location and COA coupled him to the gemeente, or</li>
 * <li>his current PIP is the gemeente's, or</li>
 * <li>his current PIP is less than a month old and the previous one was the gemeente's.</li>
 * </ol>
 * DUO knows COA's koppelingen (#14), the vestigingsgemeente from the BRP and the PIPs it registered (#16 and
 * the M2M PIP API). "Jonger dan een maand" is decided by the caller, which knows the clock.
 */
public final class RelevantiePolicy {

    private RelevantiePolicy() {
    }

    public record Persoon(String gemeentecodeInschrijving, boolean inCoaLocatie, String gekoppeldeGemeente,
            String gemeenteActuelePip, boolean actuelePipJongerDanEenMaand, String gemeenteVorigePip) {

        /** A person of whom DUO only knows the gemeente of inschrijving. */
        public static Persoon ingezeteneVan(String gemeentecode) {
            return new Persoon(gemeentecode, false, null, null, false, null);
        }
    }

    public static boolean isRelevant(Persoon persoon, String vragendeGemeente) {
        boolean ingezetene = vragendeGemeente.equals(persoon.gemeentecodeInschrijving()) && !persoon.inCoaLocatie();
        boolean gekoppeld = persoon.inCoaLocatie() && vragendeGemeente.equals(persoon.gekoppeldeGemeente());
        boolean eigenPip = vragendeGemeente.equals(persoon.gemeenteActuelePip());
        boolean vorigePip = persoon.actuelePipJongerDanEenMaand() && vragendeGemeente.equals(persoon.gemeenteVorigePip());
        return ingezetene || gekoppeld || eigenPip || vorigePip;
    }

    /**
     * Who may change the person's data (not a clause of DUO's README, which is about consulting; decision 0010):
     * with a PIP the gemeente of the actuele PIP alone; without one the gemeente of clause 1 or 2. Clause 4's month
     * lets the previous gemeente read, never write.
     */
    public static boolean magWijzigen(Persoon persoon, String vragendeGemeente) {
        if (persoon.gemeenteActuelePip() != null) {
            return vragendeGemeente.equals(persoon.gemeenteActuelePip());
        }
        boolean ingezetene = vragendeGemeente.equals(persoon.gemeentecodeInschrijving()) && !persoon.inCoaLocatie();
        boolean gekoppeld = persoon.inCoaLocatie() && vragendeGemeente.equals(persoon.gekoppeldeGemeente());
        return ingezetene || gekoppeld;
    }
}
