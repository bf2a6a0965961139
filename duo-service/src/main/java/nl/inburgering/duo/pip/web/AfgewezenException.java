package nl.inburgering.duo.pip.web;

import java.util.List;

import nl.inburgering.duo.pip.domain.Overtreding;

/** DUO refused a PIP or aanbod (or its deletion); answered 403 with every reason as {@link Foutmelding}. */
class AfgewezenException extends RuntimeException {

    private final transient List<Overtreding> overtredingen;

    AfgewezenException(List<Overtreding> overtredingen) {
        super("afgewezen: " + overtredingen.stream().map(Overtreding::code).toList());
        this.overtredingen = List.copyOf(overtredingen);
    }

    List<Overtreding> overtredingen() {
        return overtredingen;
    }
}
