package nl.inburgering.gemeente.overdracht.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen;
import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen.Vertreksignaal;
import nl.inburgering.gemeente.overdracht.persistence.VertrekEntity;
import nl.inburgering.gemeente.overdracht.persistence.VertrekRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The old gemeente's departure list (SS122, seed §13.2, §14.2.1): who left it, newest verhuizing first, with what it
 * still has to do for him, computed against the service's clock. Only the gemeente's own departures; each person
 * shown gets a Logboek record.
 */
@Service
@Transactional(readOnly = true)
public class VertrokkenRaadplegen {

    static final Verwerkingsactiviteit VERTROKKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/vertrokken-inburgeraars-raadplegen",
            "Naar een andere gemeente vertrokken inburgeraars raadplegen");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /**
     * @param signalen GEGEVENS_ACTUALISEREN (up to and including actualiserenUiterlijk) and OVERDRACHT_LEVEREN (asked,
     *                 not delivered), side by side while each holds; empty when nothing is left to do
     * @param signaal  the single signal of before: OVERDRACHT_LEVEREN while owed, else GEGEVENS_ACTUALISEREN, else null
     */
    public record Vertrokken(UUID id, Bsn bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing,
            LocalDate actualiserenUiterlijk, LocalDate datumVerzoek, LocalDate leverenUiterlijk, Instant geleverdOp,
            String contactpersoon, List<Vertreksignaal> signalen, Vertreksignaal signaal) {
    }

    private final VertrekRepository vertrekken;
    private final Persoonsverwerking verwerking;
    private final Clock klok;

    VertrokkenRaadplegen(VertrekRepository vertrekken, Persoonsverwerking verwerking, Clock klok) {
        this.vertrekken = vertrekken;
        this.verwerking = verwerking;
        this.klok = klok;
    }

    public List<Vertrokken> lijst(String gemeentecode) {
        LocalDate vandaag = LocalDate.now(klok.withZone(NEDERLAND));
        return verwerking.raadpleegLijst(VERTROKKEN,
                () -> vertrekken.findByGemeentecodeOrderByDatumVerhuizingDesc(gemeentecode).stream()
                        .map(v -> alsVertrokken(v, vandaag)).toList(),
                Vertrokken::bsn);
    }

    static Vertrokken alsVertrokken(VertrekEntity v, LocalDate vandaag) {
        List<Vertreksignaal> signalen = Overdrachtstermijnen.signalen(v.getActualiserenUiterlijk(),
                v.getLeverenUiterlijk(), v.getGeleverdOp() != null, vandaag);
        return new Vertrokken(v.getId(), Bsn.of(v.getBsn()), v.getGemeentecodeNieuw(), v.getDatumVerhuizing(),
                v.getActualiserenUiterlijk(), v.getDatumVerzoek(), v.getLeverenUiterlijk(), v.getGeleverdOp(),
                v.getContactpersoon(), signalen, Overdrachtstermijnen.signaal(signalen));
    }
}
