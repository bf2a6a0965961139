package nl.inburgering.instelling.inspanning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A stand as reported, and where it went: {@code gemeldAan} GEMEENTE (with the gemeentecode) or DUO.
 */
public record Inspanningsmelding(UUID id, LocalDate startdatumOnderwijs, LocalDate peildatum, int urenAangeboden,
        int urenAanwezig, int urenOngeoorloofdVerzuim, boolean taalschakeltrajectAfgerond,
        LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment, String gemeldAan, String gemeentecode,
        Instant gemeldOp) {
}
