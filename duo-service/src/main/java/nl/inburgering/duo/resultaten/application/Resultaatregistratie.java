package nl.inburgering.duo.resultaten.application;

import java.util.List;

import nl.inburgering.duo.resultaten.domain.Overtreding;

/** What became of a delivered result. */
public sealed interface Resultaatregistratie {

    /** Registered (or, for a delivery without datum and verwijtbaar, withdrawn). */
    record Geregistreerd() implements Resultaatregistratie {
    }

    /** DUO does not know the person (no inburgeringsplicht decided): nothing processed. */
    record OnbekendePersoon() implements Resultaatregistratie {
    }

    /** Refused with every broken rule; the refusal is kept. */
    record Afgewezen(List<Overtreding> overtredingen) implements Resultaatregistratie {
    }
}
