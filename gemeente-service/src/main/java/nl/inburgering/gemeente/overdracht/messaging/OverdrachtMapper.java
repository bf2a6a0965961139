package nl.inburgering.gemeente.overdracht.messaging;

import java.time.LocalDate;

import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.gemeente.overdracht.application.OverdrachtOntvangen;
import nl.inburgering.gemeente.overdracht.application.OverdrachtVerzoekOntvangen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #19 in, validated once; an invalid BSN, gemeentecode or a missing date is dead-lettered with its reason. */
final class OverdrachtMapper {

    private static final String VERZOEK = "Overdracht inburgeraar gevraagd";
    private static final String OVERGEDRAGEN = "Inburgeraar overgedragen";

    private OverdrachtMapper() {
    }

    static OverdrachtVerzoekOntvangen verzoek(OverdrachtInburgeraarGevraagd e) {
        return new OverdrachtVerzoekOntvangen(Bsn.of(Eventvalidatie.bsn(e.getBsn(), VERZOEK)),
                Eventvalidatie.gemeentecode(e.getGemeentecodeOud(), VERZOEK),
                Eventvalidatie.gemeentecode(e.getGemeentecodeNieuw(), VERZOEK),
                vereist(e.getDatumVerhuizing(), VERZOEK, "datumVerhuizing"),
                vereist(e.getDatumVerzoek(), VERZOEK, "datumVerzoek"));
    }

    static OverdrachtOntvangen overgedragen(InburgeraarOvergedragen e) {
        return new OverdrachtOntvangen(Bsn.of(Eventvalidatie.bsn(e.getBsn(), OVERGEDRAGEN)),
                Eventvalidatie.gemeentecode(e.getGemeentecodeOud(), OVERGEDRAGEN),
                Eventvalidatie.gemeentecode(e.getGemeentecodeNieuw(), OVERGEDRAGEN),
                vereist(e.getDatumVerhuizing(), OVERGEDRAGEN, "datumVerhuizing"),
                vereist(e.getDatumOverdracht(), OVERGEDRAGEN, "datumOverdracht"),
                e.getDoelgroep() == null ? null : e.getDoelgroep().name(),
                e.getPip() == null ? null : e.getPip().getDagtekeningPip(),
                e.getPip() == null ? null : e.getPip().getLeerroute().name(),
                e.getPip() == null || e.getPip().getNiveau() == null ? null : e.getPip().getNiveau().name(),
                e.getInburgeringsaanbod() == null ? null : e.getInburgeringsaanbod().getDatumInburgeringsaanbod(),
                e.getInspanningen() == null ? 0 : e.getInspanningen().size(),
                e.getMaatschappelijkeBegeleidingAfgerond(), e.getLopendeHandhavingOpInspanning(),
                e.getContactpersoon(), e.getDossierverwijzing());
    }

    private static LocalDate vereist(LocalDate datum, String event, String veld) {
        if (datum == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return datum;
    }
}
