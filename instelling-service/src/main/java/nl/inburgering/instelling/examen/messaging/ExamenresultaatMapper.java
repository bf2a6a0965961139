package nl.inburgering.instelling.examen.messaging;

import java.util.List;

import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.instelling.examen.application.ExamenresultaatOpnemen;
import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenniveau;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenonderdeel;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenuitslag;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #13 in: DUO's uitslag, validated once at the edge. A missing or invalid BSN, no instelling, an onderdeel, niveau or
 * uitslag ONBEKEND (a value this service does not know), or an uitslag definitive before the exam is refused for
 * good and dead-lettered with the reason (never with the value).
 */
final class ExamenresultaatMapper {

    private static final String EVENT = "Examenresultaat vastgesteld";

    private ExamenresultaatMapper() {
    }

    static ExamenresultaatOpnemen opnemen(ExamenresultaatVastgesteld e) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(e.getBsn(), EVENT));
        List<String> instellingen = e.getInstellingsnummers();
        if (instellingen == null || instellingen.isEmpty()) {
            throw new InvalidEventException(EVENT + " zonder instellingsnummers");
        }
        if (e.getExamendatum() == null || e.getDatumDefinitieveUitslag() == null) {
            throw new InvalidEventException(EVENT + " zonder examendatum of datum definitieve uitslag");
        }
        if (e.getDatumDefinitieveUitslag().isBefore(e.getExamendatum())) {
            throw new InvalidEventException(EVENT + " met een definitieve uitslag voor de examendatum");
        }
        return new ExamenresultaatOpnemen(bsn, List.copyOf(instellingen), new Examenresultaat(onderdeel(e),
                niveau(e), e.getExamendatum(), uitslag(e),
                e.getRedenGeenResultaat() == null ? null : e.getRedenGeenResultaat().name(),
                e.getDatumDefinitieveUitslag(), e.getAanleiding() == null ? "ONBEKEND" : e.getAanleiding().name()));
    }

    static Examenonderdeel onderdeel(ExamenresultaatVastgesteld e) {
        if (e.getOnderdeel() == null) {
            throw new InvalidEventException(EVENT + " zonder examenonderdeel");
        }
        return switch (e.getOnderdeel()) {
            case KNM -> Examenonderdeel.KNM;
            case LE -> Examenonderdeel.LE;
            case LU -> Examenonderdeel.LU;
            case SC -> Examenonderdeel.SC;
            case SP -> Examenonderdeel.SP;
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekend examenonderdeel");
        };
    }

    static Examenniveau niveau(ExamenresultaatVastgesteld e) {
        if (e.getNiveau() == null) {
            throw new InvalidEventException(EVENT + " zonder examenniveau");
        }
        return switch (e.getNiveau()) {
            case A2 -> Examenniveau.A2;
            case B1 -> Examenniveau.B1;
            case B2 -> Examenniveau.B2;
            // KNM has no niveau: DUO sends ONBEKEND for it (its Examen API gives none); for another onderdeel it is wrong
            case ONBEKEND -> {
                if (e.getOnderdeel() != nl.inburgering.contracts.common.Examenonderdeel.KNM) {
                    throw new InvalidEventException(EVENT + " met een onbekend examenniveau");
                }
                yield Examenniveau.GEEN;
            }
        };
    }

    static Examenuitslag uitslag(ExamenresultaatVastgesteld e) {
        if (e.getUitslag() == null) {
            throw new InvalidEventException(EVENT + " zonder uitslag");
        }
        return switch (e.getUitslag()) {
            case GESLAAGD -> Examenuitslag.GESLAAGD;
            case GEZAKT -> Examenuitslag.GEZAKT;
            case GEEN -> Examenuitslag.GEEN;
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekende uitslag");
        };
    }
}
