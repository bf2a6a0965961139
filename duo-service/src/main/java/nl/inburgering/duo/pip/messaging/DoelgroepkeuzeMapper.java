package nl.inburgering.duo.pip.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.Plichtwijziging.Doelgroepkeuze;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #16 DoelgroepkeuzeDoorgegeven in (seed §13.4): the keuze goes to the person core ({@link Plichtwijziging}), which
 * confirms it with #3 gewijzigd. There is no refusal contract for a keuze (unlike PipAfgewezen): a keuze DUO does not
 * confirm is dead-lettered with the reason (decision 0032).
 */
final class DoelgroepkeuzeMapper {

    private static final String EVENT = "DoelgroepkeuzeDoorgegeven";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private DoelgroepkeuzeMapper() {
    }

    static void verwerk(DoelgroepkeuzeDoorgegeven k, OffsetDateTime tijd, Plichtwijziging plichtwijziging) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(k.getBsn(), EVENT));
        String gemeentecode = Eventvalidatie.gemeentecode(k.getGemeentecode(), EVENT);
        Doelgroepkeuze keuze = switch (k.getKeuze()) {
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekende keuze");
            case ASIELRECHTEN_TOEGEKEND -> Doelgroepkeuze.ASIELRECHTEN_TOEGEKEND;
            case BEHOUD_ASIELRECHTEN -> Doelgroepkeuze.BEHOUD_ASIELRECHTEN;
            case OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT ->
                Doelgroepkeuze.OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT;
            case OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND ->
                Doelgroepkeuze.OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND;
        };
        LocalDate doorgegevenOp = tijd.atZoneSameInstant(NEDERLAND).toLocalDate();
        var uitkomst = plichtwijziging.doelgroepkeuzeBevestigd(bsn, gemeentecode, keuze,
                k.getDatumWijzigingDoelgroep(), doorgegevenOp);
        if (!uitkomst.isAanvaard()) {
            throw new InvalidEventException(EVENT + " niet bevestigd: " + reden(uitkomst));
        }
    }

    private static String reden(Plichtwijziging.Keuzeuitkomst uitkomst) {
        return switch (uitkomst) {
            case NIET_PLICHTIG -> "de persoon is niet inburgeringsplichtig";
            case ANDERE_GEMEENTE -> "de plicht ligt bij een andere gemeente";
            case GEEN_DOELGROEPWIJZIGING -> "DUO kent geen doelgroepwijziging van deze persoon";
            case ANDERE_DOELGROEPWIJZIGING -> "de datum wijziging doelgroep is niet die van de doelgroepwijziging bij DUO";
            case TE_LAAT -> "later doorgegeven dan 10 weken na de doelgroepwijziging (seed §13.4)";
            case PAST_NIET_BIJ_DE_WIJZIGING -> "de keuze past niet bij de richting van de doelgroepwijziging";
            case BEVESTIGD, AL_BEVESTIGD -> "";
        };
    }
}
