package nl.inburgering.duo.notificatie.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.notificatie.persistence.NotificatieRegister;

/** What was delivered to each registered gemeente, and its last failure: counts and moments, no personal data. */
@Service
public class BezorgingRaadplegen {

    public record Bezorgstand(String gemeentecode, String oin, long teVersturen, long afgeleverd, long geweigerd,
            Instant laatstAfgeleverdOp, int foutenOpRij, Instant volgendePoging, String laatsteFout,
            Instant laatsteFoutOp) {
    }

    private final Abonnementen abonnementen;
    private final NotificatieRegister register;

    BezorgingRaadplegen(Abonnementen abonnementen, NotificatieRegister register) {
        this.abonnementen = abonnementen;
        this.register = register;
    }

    @Transactional(readOnly = true)
    public List<Bezorgstand> stand() {
        Map<String, NotificatieRegister.Stand> tellingen = register.stand().stream()
                .collect(Collectors.toMap(NotificatieRegister.Stand::gemeentecode, Function.identity()));
        Map<String, NotificatieRegister.Abonnee> abonnees = register.abonnees().stream()
                .collect(Collectors.toMap(NotificatieRegister.Abonnee::gemeentecode, Function.identity()));
        return abonnementen.alle().stream().sorted(java.util.Comparator.comparing(Abonnement::gemeentecode))
                .map(a -> {
                    var t = tellingen.getOrDefault(a.gemeentecode(),
                            new NotificatieRegister.Stand(a.gemeentecode(), 0, 0, 0));
                    var s = abonnees.getOrDefault(a.gemeentecode(),
                            new NotificatieRegister.Abonnee(a.gemeentecode(), 0, null, null, null, null));
                    return new Bezorgstand(a.gemeentecode(), a.oin(), t.teVersturen(), t.afgeleverd(), t.geweigerd(),
                            s.laatstAfgeleverdOp(), s.foutenOpRij(), s.volgendePoging(), s.laatsteFout(),
                            s.laatsteFoutOp());
                }).toList();
    }
}
