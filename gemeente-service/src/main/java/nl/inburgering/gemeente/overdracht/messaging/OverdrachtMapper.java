package nl.inburgering.gemeente.overdracht.messaging;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.common.Inburgeringsaanbod;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.gemeente.overdracht.application.OverdrachtOntvangen;
import nl.inburgering.gemeente.overdracht.application.OverdrachtVerzoekOntvangen;
import nl.inburgering.gemeente.overdracht.domain.BoeteOpInspanning;
import nl.inburgering.gemeente.overdracht.domain.Intakeresultaat;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenAanbod;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenInspanning;
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
                aanbod(e.getInburgeringsaanbod()),
                e.getInspanningen() == null ? List.of() : e.getInspanningen().stream().map(OverdrachtMapper::inspanning)
                        .toList(),
                e.getMaatschappelijkeBegeleidingAfgerond(),
                // a v1 sender has only the flag; a v2 sender's list sets it too
                e.getLopendeHandhavingOpInspanning() || (e.getBoetesOpInspanning() != null
                        && !e.getBoetesOpInspanning().isEmpty()),
                e.getContactpersoon(), e.getDossierverwijzing(), intake(e.getIntakeresultaat()),
                e.getBoetesOpInspanning() == null ? List.of() : e.getBoetesOpInspanning().stream()
                        .map(OverdrachtMapper::boete).toList());
    }

    private static OvergedragenAanbod aanbod(Inburgeringsaanbod a) {
        return a == null ? null : new OvergedragenAanbod(a.getDatumInburgeringsaanbod(),
                a.getVerwachteStartdatumOpleiding(), a.getVerwachteEinddatumOpleiding(), a.getInstellingsnummers());
    }

    private static OvergedragenInspanning inspanning(Inspanning i) {
        if (i.getInstellingsnummer() == null || i.getPeildatum() == null || i.getLeerroute() == null) {
            throw new InvalidEventException(OVERGEDRAGEN + " met een inspanning zonder instellingsnummer, leerroute of "
                    + "peildatum");
        }
        return new OvergedragenInspanning(i.getInstellingsnummer(), i.getLeerroute().name(), i.getPeildatum(),
                i.getStartdatumOnderwijs(), i.getUrenAangeboden(), i.getUrenAanwezig(), i.getUrenOngeoorloofdVerzuim(),
                i.getTaalschakeltrajectAfgerond(),
                i.getActualisatiemoment() == null ? null : i.getActualisatiemoment().name());
    }

    private static Intakeresultaat intake(nl.inburgering.contracts.common.Intakeresultaat r) {
        return r == null ? null : new Intakeresultaat(r.getAantalOproepen(), r.getAantalKeerNietVerschenen(),
                r.getLeerbaarheidstoetsResultaat() == null ? null : r.getLeerbaarheidstoetsResultaat().name(),
                r.getBehaaldeScore(), r.getBenodigdeScore(), r.getDatumAfnameLeerbaarheidstoets());
    }

    private static BoeteOpInspanning boete(nl.inburgering.contracts.common.BoeteOpInspanning b) {
        if (b.getDatumBoete() == null || b.getBedrag() == null || b.getReden() == null) {
            throw new InvalidEventException(OVERGEDRAGEN + " met een boete op inspanning zonder datum, bedrag of reden");
        }
        return new BoeteOpInspanning(b.getDatumBoete(), b.getBedrag(), b.getReden(), b.getInstellingsnummer());
    }

    private static LocalDate vereist(LocalDate datum, String event, String veld) {
        if (datum == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return datum;
    }
}
