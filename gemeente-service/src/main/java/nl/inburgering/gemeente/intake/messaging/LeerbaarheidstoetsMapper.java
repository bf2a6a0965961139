package nl.inburgering.gemeente.intake.messaging;

import java.time.LocalDate;

import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemen.KlaargezetOntvangen;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemen.UitkomstOntvangen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #6 in: DUO's two events, validated once, as the commands of the brede intake (a broken one: dead letter). */
final class LeerbaarheidstoetsMapper {

    private static final String KLAARGEZET = "Leerbaarheidstoets klaargezet";
    private static final String UITKOMST = "Uitkomst leerbaarheidstoets";
    /** DUO's Leerbaarheidstoets API: an examennummer has at most 12 characters. */
    private static final int MAXIMALE_LENGTE_EXAMENNUMMER = 12;
    /** DUO's Leerbaarheidstoets API: a score is written like "12,50". */
    private static final String SCORE = "\\d{1,3},\\d{2}";

    private LeerbaarheidstoetsMapper() {
    }

    static KlaargezetOntvangen klaargezet(LeerbaarheidstoetsKlaargezet toets) {
        String examennummer = toets.getExamennummer();
        if (examennummer != null && (examennummer.isBlank() || examennummer.length() > MAXIMALE_LENGTE_EXAMENNUMMER)) {
            throw new InvalidEventException(KLAARGEZET + " met een ongeldig examennummer");
        }
        return new KlaargezetOntvangen(Bsn.of(Eventvalidatie.bsn(toets.getBsn(), KLAARGEZET)),
                Eventvalidatie.gemeentecode(toets.getGemeentecode(), KLAARGEZET),
                verplicht(toets.getDatumKlaargezet(), KLAARGEZET + " zonder datumKlaargezet"),
                toets.getHerkansing(), examennummer);
    }

    static UitkomstOntvangen uitkomst(LeerbaarheidstoetsUitkomstVastgesteld uitkomst) {
        if (uitkomst.getResultaat() == null) {
            throw new InvalidEventException(UITKOMST + " zonder resultaat");
        }
        return new UitkomstOntvangen(Bsn.of(Eventvalidatie.bsn(uitkomst.getBsn(), UITKOMST)),
                Eventvalidatie.gemeentecode(uitkomst.getGemeentecode(), UITKOMST), resultaat(uitkomst.getResultaat()),
                score(uitkomst.getBehaaldeScore(), "behaaldeScore"),
                score(uitkomst.getBenodigdeScore(), "benodigdeScore"),
                verplicht(uitkomst.getDatumAfname(), UITKOMST + " zonder datumAfname"));
    }

    /** DUO's resultaat by its name; every symbol of the contract is kept as DUO wrote it. */
    static String resultaat(LeerbaarheidstoetsResultaat resultaat) {
        return resultaat.name();
    }

    private static String score(String score, String veld) {
        if (score != null && !score.matches(SCORE)) {
            throw new InvalidEventException(UITKOMST + " met een ongeldige " + veld);
        }
        return score;
    }

    private static LocalDate verplicht(LocalDate datum, String reden) {
        if (datum == null) {
            throw new InvalidEventException(reden);
        }
        return datum;
    }
}
