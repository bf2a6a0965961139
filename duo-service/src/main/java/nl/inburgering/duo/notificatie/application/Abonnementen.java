package nl.inburgering.duo.notificatie.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registered gemeenten, by gemeentecode; a gemeente without one reads Kafka only and gets no notifications. */
public final class Abonnementen {

    private final Map<String, Abonnement> perGemeente;

    public Abonnementen(List<Abonnement> abonnementen) {
        this.perGemeente = abonnementen.stream()
                .collect(Collectors.toUnmodifiableMap(Abonnement::gemeentecode, Function.identity()));
    }

    public Optional<Abonnement> van(String gemeentecode) {
        return Optional.ofNullable(perGemeente.get(gemeentecode));
    }

    public List<Abonnement> alle() {
        return List.copyOf(perGemeente.values());
    }
}
