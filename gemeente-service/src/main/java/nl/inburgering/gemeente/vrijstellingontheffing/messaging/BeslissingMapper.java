package nl.inburgering.gemeente.vrijstellingontheffing.messaging;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Ontheffingsgrond;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.contracts.event.VrijstellingBeoordeeld;
import nl.inburgering.gemeente.vrijstellingontheffing.application.BeslissingOpnemen;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #11 and #12 in, validated once. Dead letter with the reason: an invalid BSN or gemeentecode, soort, oordeel or grond
 * ONBEKEND, a missing datumOordeel, a tijdelijke vrijstelling without its period or ending before it starts, a granted
 * gedeeltelijke one without onderdelen or with an onderdeel or niveau ONBEKEND, negative uren.
 */
final class BeslissingMapper {

    private static final String VRIJSTELLING = "Vrijstelling beoordeeld";
    private static final String ONTHEFFING = "Ontheffing beslist";

    private BeslissingMapper() {
    }

    static BeslissingOpnemen vrijstelling(VrijstellingBeoordeeld v) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(v.getBsn(), VRIJSTELLING));
        String gemeentecode = Eventvalidatie.gemeentecode(v.getGemeentecode(), VRIJSTELLING);
        if (v.getSoort() == null || v.getSoort() == Vrijstellingsoort.ONBEKEND) {
            throw new InvalidEventException(VRIJSTELLING + " met soort ONBEKEND");
        }
        String oordeel = oordeel(v.getOordeel(), VRIJSTELLING);
        LocalDate datum = vereist(v.getDatumOordeel(), "datumOordeel", VRIJSTELLING);
        if (v.getSoort() == Vrijstellingsoort.TIJDELIJK && "TOEKENNING".equals(oordeel)) {
            LocalDate start = vereist(v.getStartdatum(), "startdatum", VRIJSTELLING);
            LocalDate einde = vereist(v.getEinddatum(), "einddatum", VRIJSTELLING);
            if (einde.isBefore(start)) {
                throw new InvalidEventException(VRIJSTELLING + " met een einddatum voor de startdatum");
            }
        }
        List<String> onderdelen = v.getOnderdelen().stream().map(o -> {
            if (o.getOnderdeel() == null || o.getOnderdeel() == Examenonderdeel.ONBEKEND || o.getNiveau() == null
                    || o.getNiveau() == Examenniveau.ONBEKEND) {
                throw new InvalidEventException(VRIJSTELLING + " met een onderdeel of niveau ONBEKEND");
            }
            return o.getOnderdeel().name() + ":" + o.getNiveau().name();
        }).distinct().sorted().toList();
        if (v.getSoort() == Vrijstellingsoort.GEDEELTELIJK && "TOEKENNING".equals(oordeel) && onderdelen.isEmpty()) {
            throw new InvalidEventException(VRIJSTELLING + " gedeeltelijk toegekend zonder onderdelen");
        }
        return new BeslissingOpnemen(bsn, gemeentecode, Beslissing.Soort.VRIJSTELLING, v.getSoort().name(), oordeel,
                v.getReden() == null ? "ONBEKEND" : v.getReden().name(), datum, v.getStartdatum(), v.getEinddatum(),
                onderdelen, null);
    }

    static BeslissingOpnemen ontheffing(OntheffingBeslist o) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(o.getBsn(), ONTHEFFING));
        String gemeentecode = Eventvalidatie.gemeentecode(o.getGemeentecode(), ONTHEFFING);
        if (o.getSoort() == null || o.getSoort() == Ontheffingsoort.ONBEKEND) {
            throw new InvalidEventException(ONTHEFFING + " met soort ONBEKEND");
        }
        if (o.getGrond() == null || o.getGrond() == Ontheffingsgrond.ONBEKEND) {
            throw new InvalidEventException(ONTHEFFING + " met grond ONBEKEND");
        }
        String oordeel = oordeel(o.getOordeel(), ONTHEFFING);
        LocalDate datum = vereist(o.getDatumOordeel(), "datumOordeel", ONTHEFFING);
        if (o.getOnderdelen().contains(Examenonderdeel.ONBEKEND)) {
            throw new InvalidEventException(ONTHEFFING + " met een onderdeel ONBEKEND");
        }
        List<String> onderdelen = o.getOnderdelen().stream().distinct().sorted().map(Enum::name).toList();
        if (o.getSoort() == Ontheffingsoort.GEDEELTELIJK && "TOEKENNING".equals(oordeel) && onderdelen.isEmpty()) {
            throw new InvalidEventException(ONTHEFFING + " gedeeltelijk toegekend zonder onderdelen");
        }
        if (o.getUrenBelastbaarheidParticipatieactiviteit() != null
                && o.getUrenBelastbaarheidParticipatieactiviteit() < 0) {
            throw new InvalidEventException(ONTHEFFING + " met een negatief aantal uren belastbaarheid");
        }
        return new BeslissingOpnemen(bsn, gemeentecode, Beslissing.Soort.ONTHEFFING, o.getSoort().name(), oordeel,
                o.getGrond().name(), datum, null, null, onderdelen, o.getUrenBelastbaarheidParticipatieactiviteit());
    }

    private static String oordeel(AanvraagOordeel oordeel, String event) {
        if (oordeel == null || oordeel == AanvraagOordeel.ONBEKEND) {
            throw new InvalidEventException(event + " met oordeel ONBEKEND");
        }
        return oordeel.name();
    }

    private static LocalDate vereist(LocalDate datum, String veld, String event) {
        if (datum == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return datum;
    }
}
