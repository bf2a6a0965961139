package nl.inburgering.gemeente.notificatie.application;

import java.util.Map;
import java.util.Optional;

/**
 * Who may notify whom (decision 0030): DUO's OIN, the only sender, and the gemeenten of this service that receive DUO's
 * notifications, by their OIN (the {@code doel} header).
 */
public record Ontvangers(String duoOin, Map<String, String> gemeentecodePerOin) {

    public Ontvangers {
        gemeentecodePerOin = Map.copyOf(gemeentecodePerOin);
    }

    public Optional<String> gemeente(String oin) {
        return Optional.ofNullable(gemeentecodePerOin.get(oin));
    }
}
