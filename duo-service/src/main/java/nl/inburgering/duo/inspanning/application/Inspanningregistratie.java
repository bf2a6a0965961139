package nl.inburgering.duo.inspanning.application;

import nl.inburgering.duo.inspanning.domain.Weigering;

/** What became of a delivered inspanning. */
public sealed interface Inspanningregistratie {

    /** Counted: the stand at the instelling is this one now. */
    record Geregistreerd() implements Inspanningregistratie {
    }

    /** DUO already counts a stand with a later peildatum at this instelling: this older one changes nothing. */
    record Verouderd() implements Inspanningregistratie {
    }

    /** DUO does not know the person (no inburgeringsplicht decided): nothing processed. */
    record OnbekendePersoon() implements Inspanningregistratie {
    }

    /** The wrong route for this person (§15.5): kept with the reason, not counted. */
    record Afgewezen(Weigering weigering) implements Inspanningregistratie {
    }
}
