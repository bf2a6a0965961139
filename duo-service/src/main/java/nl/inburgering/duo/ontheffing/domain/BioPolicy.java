package nl.inburgering.duo.ontheffing.domain;

import java.util.Optional;

/**
 * The rules of an aanvraag om ontheffing wegens bijzondere individuele omstandigheden (seed §11.1, §11.3): the
 * aanvraag carries the gemeente's advies (without one DUO asks the gemeente for it, SS140) and perhaps a machtiging
 * for a medisch onderzoek, after which the arts advises; DUO hands the dossier to SZW only when it is complete; SZW
 * decides, and a BIO ontheffing is always a gehele ontheffing.
 */
public final class BioPolicy {

    private BioPolicy() {
    }

    /** DUO asks the gemeente for its advies (SS140) when the aanvraag arrives without one. */
    public static boolean adviesVragen(boolean adviesBijAanvraag) {
        return !adviesBijAanvraag;
    }

    /** Why the dossier is not complete for SZW, or empty when it is. */
    public static Optional<String> onvolledig(Aanvraagstatus status, boolean adviesGemeente, boolean machtiging,
            boolean medischAdvies) {
        if (status != Aanvraagstatus.AANGEVRAAGD) {
            return Optional.of("Het dossier is " + status + ": het gaat niet (opnieuw) naar SZW.");
        }
        if (!adviesGemeente) {
            return Optional.of("Het advies van de gemeente ontbreekt nog.");
        }
        if (machtiging && !medischAdvies) {
            return Optional.of("Met een machtiging voor medisch onderzoek wacht DUO het advies van de arts af.");
        }
        return Optional.empty();
    }

    /** Whether the gemeente's advies or the arts's advies may still be added: before the dossier went to SZW. */
    public static boolean magAanvullen(Aanvraagstatus status) {
        return status == Aanvraagstatus.AANGEVRAAGD;
    }

    /** SZW's beslissing counts only for a dossier DUO handed to SZW and that SZW did not decide yet. */
    public static boolean wachtOpSzw(Aanvraagstatus status) {
        return status == Aanvraagstatus.BIJ_SZW;
    }

    /** A BIO ontheffing is always a gehele ontheffing (§11.1). */
    public static Ontheffingsoort soort() {
        return Ontheffingsoort.GEHEEL;
    }
}
