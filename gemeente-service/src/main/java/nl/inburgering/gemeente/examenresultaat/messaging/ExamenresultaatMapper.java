package nl.inburgering.gemeente.examenresultaat.messaging;

import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.gemeente.examenresultaat.application.ExamenresultaatOpnemen;
import nl.inburgering.gemeente.examenresultaat.domain.Examenresultaat;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #13 in: DUO's ExamenresultaatVastgesteld, validated once (a broken one: dead letter, the rule named, no value). */
final class ExamenresultaatMapper {

    private static final String EVENT = "Examenresultaat";

    private ExamenresultaatMapper() {
    }

    /** The niveau of a KNM exam, which has none. */
    static final String GEEN_NIVEAU = "GEEN";

    static ExamenresultaatOpnemen opnemen(ExamenresultaatVastgesteld uitslag) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(uitslag.getBsn(), EVENT));
        String gemeentecode = Eventvalidatie.gemeentecode(uitslag.getGemeentecode(), EVENT);
        if (uitslag.getOnderdeel() == null || uitslag.getOnderdeel() == Examenonderdeel.ONBEKEND) {
            throw new InvalidEventException(EVENT + " zonder bekend onderdeel");
        }
        // KNM has no niveau: DUO sends ONBEKEND for it (its Examen API gives none); for a language exam it is wrong
        boolean knm = uitslag.getOnderdeel() == Examenonderdeel.KNM;
        if (uitslag.getNiveau() == null || (uitslag.getNiveau() == Examenniveau.ONBEKEND && !knm)) {
            throw new InvalidEventException(EVENT + " zonder bekend niveau");
        }
        if (uitslag.getUitslag() == null || uitslag.getUitslag() == Examenuitslag.ONBEKEND) {
            throw new InvalidEventException(EVENT + " zonder bekende uitslag");
        }
        if (uitslag.getRedenGeenResultaat() != null && uitslag.getUitslag() != Examenuitslag.GEEN) {
            throw new InvalidEventException(EVENT + " met een redenGeenResultaat bij een andere uitslag dan GEEN");
        }
        if (uitslag.getExamendatum() == null || uitslag.getDatumDefinitieveUitslag() == null) {
            throw new InvalidEventException(EVENT + " zonder examendatum of datumDefinitieveUitslag");
        }
        if (uitslag.getDatumDefinitieveUitslag().isBefore(uitslag.getExamendatum())) {
            throw new InvalidEventException(EVENT + " met een definitieve uitslag van voor de examendatum");
        }
        return new ExamenresultaatOpnemen(bsn, gemeentecode, new Examenresultaat(uitslag.getOnderdeel().name(),
                uitslag.getNiveau() == Examenniveau.ONBEKEND ? GEEN_NIVEAU : uitslag.getNiveau().name(),
                uitslag.getExamendatum(), uitslag.getUitslag().name(),
                uitslag.getRedenGeenResultaat() == null ? null : uitslag.getRedenGeenResultaat().name(),
                uitslag.getDatumDefinitieveUitslag(),
                (uitslag.getAanleiding() == null ? Aanleiding.ONBEKEND : uitslag.getAanleiding()).name()));
    }
}
