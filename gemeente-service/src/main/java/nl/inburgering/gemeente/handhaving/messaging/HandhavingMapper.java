package nl.inburgering.gemeente.handhaving.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.gemeente.handhaving.application.HandhavingOpnemen;
import nl.inburgering.gemeente.handhaving.domain.OpgelegdeBoete;
import nl.inburgering.gemeente.handhaving.domain.Signalering;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #7, #8 and #9 in, validated once, as the commands of the handhaving feature. What the gemeente cannot act on goes
 * to the dead-letter topic with its reason: a reden or oordeel ONBEKEND, a boete that is not positive, a missing date.
 */
final class HandhavingMapper {

    private static final String GESIGNALEERD = "Inburgeringsplichtige gesignaleerd";
    private static final String BOETE = "Boete opgelegd";
    private static final String BEOORDEELD = "Aanvraag verlenging beoordeeld";

    private HandhavingMapper() {
    }

    static HandhavingOpnemen.Gesignaleerd gesignaleerd(InburgeringsplichtigeGesignaleerd s) {
        String reden = reden(s.getReden());
        if ("ONBEKEND".equals(reden)) {
            throw new InvalidEventException(GESIGNALEERD + " met reden ONBEKEND");
        }
        LocalDate datum = datum(s.getDatumSignalering(), "datumSignalering", GESIGNALEERD);
        if (s.getUiterlijkeLeverdatum() != null && s.getUiterlijkeLeverdatum().isBefore(datum)) {
            throw new InvalidEventException(GESIGNALEERD + " met een uiterlijke leverdatum voor de signalering");
        }
        return new HandhavingOpnemen.Gesignaleerd(Bsn.of(Eventvalidatie.bsn(s.getBsn(), GESIGNALEERD)),
                Eventvalidatie.gemeentecode(s.getGemeentecode(), GESIGNALEERD),
                new Signalering(reden, datum, datum(s.getEinddatumInburgeringstermijn(),
                        "einddatumInburgeringstermijn", GESIGNALEERD), s.getUiterlijkeLeverdatum(),
                        s.getDatumAanvraagVerlenging()));
    }

    static HandhavingOpnemen.BoeteOpgelegd boete(BoeteOpgelegd b) {
        BigDecimal bedrag = b.getTotaalbedrag();
        if (bedrag == null || bedrag.signum() <= 0) {
            throw new InvalidEventException(BOETE + " zonder positief totaalbedrag");
        }
        if (b.getBeschikkingskenmerk() == null || b.getBeschikkingskenmerk().isBlank()) {
            throw new InvalidEventException(BOETE + " zonder beschikkingskenmerk");
        }
        return new HandhavingOpnemen.BoeteOpgelegd(Bsn.of(Eventvalidatie.bsn(b.getBsn(), BOETE)),
                Eventvalidatie.gemeentecode(b.getGemeentecode(), BOETE),
                new OpgelegdeBoete(b.getBeschikkingskenmerk(), bedrag,
                        datum(b.getDatumBeschikking(), "datumBeschikking", BOETE),
                        b.getNieuweEinddatumInburgeringstermijn()));
    }

    static HandhavingOpnemen.VerlengingBeoordeeld beoordeeld(AanvraagVerlengingBeoordeeld b) {
        String oordeel = oordeel(b.getOordeel());
        if ("ONBEKEND".equals(oordeel)) {
            throw new InvalidEventException(BEOORDEELD + " met oordeel ONBEKEND");
        }
        return new HandhavingOpnemen.VerlengingBeoordeeld(Bsn.of(Eventvalidatie.bsn(b.getBsn(), BEOORDEELD)),
                Eventvalidatie.gemeentecode(b.getGemeentecode(), BEOORDEELD), oordeel,
                datum(b.getDatumAanvraag(), "datumAanvraag", BEOORDEELD),
                datum(b.getDatumBeschikking(), "datumBeschikking", BEOORDEELD), b.getVerlengingsgrondcode(),
                b.getVerlengingsgrondomschrijving(), b.getNieuweEinddatumInburgeringstermijn());
    }

    /** DUO's reden by its name; none reads as ONBEKEND. */
    static String reden(Signaleringsreden reden) {
        return reden == null ? "ONBEKEND" : reden.name();
    }

    static String oordeel(AanvraagOordeel oordeel) {
        return oordeel == null ? "ONBEKEND" : oordeel.name();
    }

    private static LocalDate datum(LocalDate datum, String veld, String event) {
        if (datum == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return datum;
    }
}
