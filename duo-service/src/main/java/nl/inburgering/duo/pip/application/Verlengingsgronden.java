package nl.inburgering.duo.pip.application;

import java.util.List;

/** DUO's verlengingsgronden, from configuration ({@code keten.duo.pip.verlengingsgronden}). */
public record Verlengingsgronden(List<Verlengingsgrond> lijst) {

    public Verlengingsgronden {
        lijst = List.copyOf(lijst);
    }
}
