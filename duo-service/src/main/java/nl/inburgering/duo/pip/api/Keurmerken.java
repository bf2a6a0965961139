package nl.inburgering.duo.pip.api;

/**
 * The keurmerk register DUO keeps for the PIP ({@code keten.duo.pip.erkende-instellingen}): which keurmerk an
 * instelling holds. Other features judge against it (a factuur from a lening is paid only to an erkende instelling,
 * seed §12.2) without knowing how pip keeps the register.
 */
public interface Keurmerken {

    /** The keurmerken of the instelling, leading zeros do not count; none for an instelling not in the register. */
    Keurmerk van(String instellingsnummer);

    /**
     * @param blikOpWerk         the Blik op Werk keurmerk (every leerroute)
     * @param taalschakeltraject the keurmerk of a taalschakelinstelling (the onderwijsroute)
     */
    record Keurmerk(boolean blikOpWerk, boolean taalschakeltraject) {

        public static final Keurmerk GEEN = new Keurmerk(false, false);
    }
}
