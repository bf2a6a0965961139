package nl.inburgering.platform.monitoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.transactie.Transactiesjablonen;

/**
 * Delivers #22 for one peildatum (decision 0041): all persons of the service's {@link Monitoringbron}, a batch per
 * transaction (a delivery over all persons is never one giant transaction), one record per person with the BSN
 * encrypted for CBS ({@link CbsVersleuteling}) and a random Kafka key (never the partner's key of the person). The
 * table {@code monitoring_levering} (in each service's own migration) holds per peildatum how far the delivery came,
 * locked per batch: a peildatum delivered again, or a second call during the first, sends nothing twice, and a
 * delivery broken off resumes after the last committed batch.
 */
public class Monitoringlevering {

    private static final Logger LOG = LoggerFactory.getLogger(Monitoringlevering.class);

    /** The result of a call: how many records this call delivered, how many the peildatum has in all. */
    public record Uitkomst(LocalDate peildatum, int nuGeleverd, int totaalGeleverd, boolean voltooid) {
    }

    private final Monitoringbron bron;
    private final CbsVersleuteling versleuteling;
    private final Outbox outbox;
    private final Persoonsverwerking verwerking;
    private final JdbcClient jdbc;
    private final TransactionTemplate transacties;
    private final Clock clock;
    private final int batchgrootte;

    public Monitoringlevering(Monitoringbron bron, CbsVersleuteling versleuteling, Outbox outbox,
            Persoonsverwerking verwerking, JdbcClient jdbc, TransactionTemplate transacties, Clock clock,
            int batchgrootte) {
        if (batchgrootte < 1) {
            throw new IllegalArgumentException("keten.monitoring.batchgrootte moet minstens 1 zijn");
        }
        this.bron = bron;
        this.versleuteling = versleuteling;
        this.outbox = outbox;
        this.verwerking = verwerking;
        this.jdbc = jdbc;
        this.transacties = Transactiesjablonen.genaamd(transacties, Transactiesjablonen.MONITORING_LEVERING);
        this.clock = clock;
        this.batchgrootte = batchgrootte;
    }

    /** Delivers what the peildatum still lacks; a peildatum already delivered sends nothing. */
    public Uitkomst lever(LocalDate peildatum) {
        int nu = 0;
        while (true) {
            Batch batch = transacties.execute(status -> volgendeBatch(peildatum));
            nu += batch.geleverd();
            if (batch.voltooid()) {
                LOG.info("#22 {}: {} records geleverd, {} in totaal voor deze peildatum", peildatum, nu, batch.totaal());
                return new Uitkomst(peildatum, nu, batch.totaal(), true);
            }
        }
    }

    private record Batch(int geleverd, int totaal, boolean voltooid) {
    }

    private record Stand(String na, int aantal, boolean voltooid) {
    }

    private Batch volgendeBatch(LocalDate peildatum) {
        jdbc.sql("insert into monitoring_levering (peildatum, aantal) values (:peildatum, 0) on conflict do nothing")
                .param("peildatum", peildatum).update();
        Stand stand = jdbc.sql("""
                select na_volgorde, aantal, voltooid_op is not null as voltooid
                from monitoring_levering where peildatum = :peildatum for update""")
                .param("peildatum", peildatum)
                .query((rs, i) -> new Stand(rs.getString(1), rs.getInt(2), rs.getBoolean(3))).single();
        if (stand.voltooid()) {
            return new Batch(0, stand.aantal(), true);
        }
        List<Monitoringbron.Persoon> personen = bron.volgende(stand.na(), batchgrootte, peildatum);
        for (Monitoringbron.Persoon persoon : personen) {
            // the Kafka key: random, so it links nothing (the outbox keys by a pseudonym of what it is given)
            outbox.publiceer(UUID.randomUUID().toString(),
                    persoon.event().apply(versleuteling.pseudoniem(persoon.bsn())), peildatum);
        }
        if (!personen.isEmpty()) {
            verwerking.raadpleegd(bron.activiteit(), personen.stream().map(Monitoringbron.Persoon::bsn).toList());
        }
        boolean voltooid = personen.size() < batchgrootte;
        String na = personen.isEmpty() ? stand.na() : personen.get(personen.size() - 1).volgorde();
        int totaal = stand.aantal() + personen.size();
        jdbc.sql("""
                update monitoring_levering set na_volgorde = :na, aantal = :aantal, voltooid_op = :voltooid
                where peildatum = :peildatum""")
                .param("na", na).param("aantal", totaal)
                .param("voltooid", voltooid ? Timestamp.from(clock.instant()) : null)
                .param("peildatum", peildatum).update();
        return new Batch(personen.size(), totaal, voltooid);
    }

    /** For the schedule: the first of the month of today on the chain's clock. */
    public static LocalDate peildatumVan(LocalDate vandaag) {
        return vandaag.withDayOfMonth(1);
    }

}
