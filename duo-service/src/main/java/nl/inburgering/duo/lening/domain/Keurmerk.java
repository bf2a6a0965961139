package nl.inburgering.duo.lening.domain;

/**
 * The keurmerken an instelling holds in DUO's register (Blik op Werk; Taalschakeltraject for a
 * taalschakelinstelling). DUO pays a factuur from a lening only to an erkende instelling (seed §12.2): one with the
 * Blik op Werk keurmerk, or a taalschakelinstelling for onderwijs in the onderwijsroute, because the seed keeps the
 * facturatie agreements "ook voor taalschakelinstellingen" and the taalschakeltraject is what that route is made of.
 */
public record Keurmerk(boolean blikOpWerk, boolean taalschakeltraject) {

    public static final Keurmerk GEEN = new Keurmerk(false, false);
    public static final Keurmerk BLIK_OP_WERK = new Keurmerk(true, false);
    public static final Keurmerk TAALSCHAKELTRAJECT = new Keurmerk(false, true);

    /** Whether this keurmerk makes the instelling erkend for onderwijs in the given leerroute. */
    public boolean erkendVoor(Leerroute cursus) {
        return blikOpWerk || taalschakeltraject && cursus == Leerroute.ONDERWIJSROUTE;
    }
}
