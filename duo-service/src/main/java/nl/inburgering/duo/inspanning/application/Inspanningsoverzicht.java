package nl.inburgering.duo.inspanning.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.duo.inspanning.domain.Route;

/** What DUO counts of a person's inspanning (one stand per instelling) and every delivery it refused, with why. */
public record Inspanningsoverzicht(List<Stand> standen, List<Afwijzing> afwijzingen) {

    /** @param gemeentecode the forwarding gemeente on {@link Route#GEMEENTE}, else null */
    public record Stand(String instellingsnummer, Route route, String gemeentecode, String leerroute,
            LocalDate peildatum, int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim,
            boolean taalschakeltrajectAfgerond) {
    }

    public record Afwijzing(String instellingsnummer, Route route, LocalDate peildatum, String reden,
            String omschrijving, Instant afgewezenOp) {
    }
}
