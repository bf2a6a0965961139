package nl.inburgering.duo.pip.application;

import java.util.List;

/** The instellingen DUO knows, from configuration ({@code keten.duo.pip.erkende-instellingen}). */
public record BekendeInstellingen(List<Instelling> lijst) {

    public BekendeInstellingen {
        lijst = List.copyOf(lijst);
    }
}
