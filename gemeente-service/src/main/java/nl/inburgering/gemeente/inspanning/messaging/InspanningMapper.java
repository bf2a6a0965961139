package nl.inburgering.gemeente.inspanning.messaging;

import java.util.regex.Pattern;

import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.gemeente.inspanning.application.InspanningOpnemen;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #18 in: the instelling's InspanningAsielstatushouderGemeld, validated once, as the command of the use case (a
 * broken one: dead letter, with a reason that names the rule and never a value).
 */
final class InspanningMapper {

    private static final String EVENT = "Inspanning asielstatushouder";
    /** DUO's instellingsnummer: 1 to 10 digits (as the gemeente's inburgeringsaanbod takes it). */
    private static final Pattern INSTELLINGSNUMMER = Pattern.compile("\\d{1,10}");

    private InspanningMapper() {
    }

    static InspanningOpnemen opnemen(InspanningAsielstatushouderGemeld melding) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(melding.getBsn(), EVENT));
        String gemeentecode = Eventvalidatie.gemeentecode(melding.getGemeentecode(), EVENT);
        return new InspanningOpnemen(bsn, gemeentecode, stand(melding.getInspanning()));
    }

    static Inspanningsstand stand(Inspanning inspanning) {
        if (inspanning == null) {
            throw new InvalidEventException(EVENT + " zonder inspanning");
        }
        if (inspanning.getInstellingsnummer() == null
                || !INSTELLINGSNUMMER.matcher(inspanning.getInstellingsnummer()).matches()) {
            throw new InvalidEventException(EVENT + " met een ongeldig instellingsnummer (1 tot 10 cijfers)");
        }
        if (inspanning.getLeerroute() == null || inspanning.getLeerroute() == Leerroute.ONBEKEND) {
            throw new InvalidEventException(EVENT + " zonder bekende leerroute");
        }
        if (inspanning.getPeildatum() == null || inspanning.getStartdatumOnderwijs() == null) {
            throw new InvalidEventException(EVENT + " zonder peildatum of startdatumOnderwijs");
        }
        if (inspanning.getPeildatum().isBefore(inspanning.getStartdatumOnderwijs())) {
            throw new InvalidEventException(EVENT + " met een peildatum voor de startdatumOnderwijs");
        }
        if (inspanning.getUrenAangeboden() < 0 || inspanning.getUrenAanwezig() < 0
                || inspanning.getUrenOngeoorloofdVerzuim() < 0) {
            throw new InvalidEventException(EVENT + " met een negatief aantal uren");
        }
        if (inspanning.getUrenAanwezig() + inspanning.getUrenOngeoorloofdVerzuim() > inspanning.getUrenAangeboden()) {
            throw new InvalidEventException(
                    EVENT + " met meer uren aanwezig en ongeoorloofd verzuim samen dan aangeboden");
        }
        if (inspanning.getTaalschakeltrajectAfgerond() != (inspanning.getDatumAfrondingTaalschakeltraject() != null)) {
            throw new InvalidEventException(EVENT
                    + " met taalschakeltrajectAfgerond en datumAfrondingTaalschakeltraject die elkaar tegenspreken");
        }
        if (inspanning.getTaalschakeltrajectAfgerond() && inspanning.getLeerroute() != Leerroute.ONDERWIJSROUTE) {
            throw new InvalidEventException(EVENT + " met een afgerond taalschakeltraject buiten de onderwijsroute");
        }
        return new Inspanningsstand(inspanning.getInstellingsnummer(), inspanning.getLeerroute().name(),
                inspanning.getPeildatum(), inspanning.getStartdatumOnderwijs(), inspanning.getUrenAangeboden(),
                inspanning.getUrenAanwezig(), inspanning.getUrenOngeoorloofdVerzuim(),
                inspanning.getTaalschakeltrajectAfgerond(), inspanning.getDatumAfrondingTaalschakeltraject(),
                inspanning.getActualisatiemoment() == null ? "ONBEKEND" : inspanning.getActualisatiemoment().name());
    }
}
