package nl.inburgering.duo.resultaten.web;

import java.util.List;

import nl.inburgering.duo.resultaten.domain.Overtreding;

/** Schema {@code Foutmelding} of DUO's MAP-PVT-Zroute API: the 403 of a PUT carries a list of these. */
record Foutmelding(String fouttekst) {

    private static final int MAX = 200;

    static List<Foutmelding> van(List<Overtreding> overtredingen) {
        return overtredingen.stream().map(o -> new Foutmelding(kort(o.omschrijving()))).toList();
    }

    static List<Foutmelding> van(String tekst) {
        return List.of(new Foutmelding(kort(tekst)));
    }

    private static String kort(String tekst) {
        return tekst.length() <= MAX ? tekst : tekst.substring(0, MAX);
    }
}
