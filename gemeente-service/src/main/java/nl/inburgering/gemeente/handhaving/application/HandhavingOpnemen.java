package nl.inburgering.gemeente.handhaving.application;

import java.time.LocalDate;

import nl.inburgering.gemeente.handhaving.domain.OpgelegdeBoete;
import nl.inburgering.gemeente.handhaving.domain.Signalering;
import nl.inburgering.platform.bsn.Bsn;

/** Commands: what DUO delivered of its handhaving op resultaat (#7, #8, #9), validated. */
public sealed interface HandhavingOpnemen {

    Bsn bsn();

    String gemeentecode();

    record Gesignaleerd(Bsn bsn, String gemeentecode, Signalering signalering) implements HandhavingOpnemen {
    }

    record BoeteOpgelegd(Bsn bsn, String gemeentecode, OpgelegdeBoete boete) implements HandhavingOpnemen {
    }

    /** @param oordeel TOEKENNING or AFWIJZING */
    record VerlengingBeoordeeld(Bsn bsn, String gemeentecode, String oordeel, LocalDate datumAanvraag,
            LocalDate datumBeschikking, String verlengingsgrondcode, String verlengingsgrondomschrijving,
            LocalDate nieuweEinddatumInburgeringstermijn) implements HandhavingOpnemen {
    }
}
