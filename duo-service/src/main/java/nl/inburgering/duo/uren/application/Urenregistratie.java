package nl.inburgering.duo.uren.application;

import java.util.List;

import nl.inburgering.duo.uren.domain.UrenPolicy;

/** What became of a reported stand of gevolgde uren. */
public sealed interface Urenregistratie {

    record Geregistreerd() implements Urenregistratie {
    }

    /** DUO does not know the person (no inburgeringsplicht decided). */
    record OnbekendePersoon() implements Urenregistratie {
    }

    /** A stand with a later peildatum is already registered; this older one is not. */
    record Verouderd() implements Urenregistratie {
    }

    record Afgewezen(List<UrenPolicy.Overtreding> overtredingen) implements Urenregistratie {
    }
}
