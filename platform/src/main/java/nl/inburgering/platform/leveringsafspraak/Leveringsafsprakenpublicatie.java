package nl.inburgering.platform.leveringsafspraak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.common.Leveringstelling;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.transactie.Transactiesjablonen;

/**
 * The Kafka route of decision 0042 (addendum): every {@code keten.leveringsafspraken.interval} a service other than
 * DUO's publishes the delivery agreements it counted ({@link Leveringsafspraken}) per chain day of the last
 * {@code keten.leveringsafspraken.dagen} days, through its outbox, on its partner's topic
 * ({@code <partner>.leveringsafspraken.v1}), for SZW's chain report in DUO's service. One row per publication, the
 * Kafka key the partner; counts only, never a person, a BSN or an event id. With nothing counted it publishes nothing.
 */
public class Leveringsafsprakenpublicatie implements SmartLifecycle {

    /** The default period: the chain days from six days ago up to and including today. */
    public static final int STANDAARD_DAGEN = 7;

    private static final Logger log = LoggerFactory.getLogger(Leveringsafsprakenpublicatie.class);

    /** What was published: the outbox id, the moment of counting, the period and the number of counts. */
    public record Publicatie(UUID id, String topic, Instant geteldOp, LocalDate vanaf, LocalDate tot, int tellingen) {
    }

    private final Leveringsafspraken leveringsafspraken;
    private final Outbox outbox;
    private final TransactionTemplate transacties;
    private final Clock clock;
    private final Ketenpartner partner;
    private final Topic topic;
    private final Duration interval;
    private final int dagen;
    private volatile ScheduledExecutorService planner;

    /**
     * @param topic    the partner's topic in the catalogue ({@code TopicCatalogue.leveringsafsprakenVan})
     * @param interval how often it publishes by itself
     * @param dagen    how many chain days, up to and including today, each publication counts
     */
    public Leveringsafsprakenpublicatie(Leveringsafspraken leveringsafspraken, Outbox outbox,
            TransactionTemplate transacties, Clock clock, Ketenpartner partner, Topic topic, Duration interval,
            int dagen) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("keten.leveringsafspraken.interval moet positief zijn, niet " + interval);
        }
        if (dagen < 1) {
            throw new IllegalArgumentException("keten.leveringsafspraken.dagen moet minstens 1 zijn, niet " + dagen);
        }
        this.leveringsafspraken = leveringsafspraken;
        this.outbox = outbox;
        this.transacties = Transactiesjablonen.genaamd(transacties,
                Transactiesjablonen.LEVERINGSAFSPRAKEN_PUBLICATIE);
        this.clock = clock;
        this.partner = partner;
        this.topic = topic;
        this.interval = interval;
        this.dagen = dagen;
    }

    /** Publishes the current counts now; empty when nothing was counted in the period (nothing is published). */
    public Optional<Publicatie> publiceer() {
        Instant geteldOp = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate tot = LocalDate.ofInstant(geteldOp, zone).plusDays(1);
        LocalDate vanaf = tot.minusDays(dagen);
        List<Leveringstelling> tellingen = new ArrayList<>();
        for (LocalDate dag = vanaf; dag.isBefore(tot); dag = dag.plusDays(1)) {
            LocalDate deDag = dag;
            tellingen.addAll(perPaar(deDag, leveringsafspraken.tellingen(deDag.atStartOfDay(zone).toInstant(),
                    deDag.plusDays(1).atStartOfDay(zone).toInstant())));
        }
        if (tellingen.isEmpty()) {
            log.debug("Geen leveringsafspraken geteld van {} tot {}; niets gepubliceerd", vanaf, tot);
            return Optional.empty();
        }
        SpecificRecordBase event = (SpecificRecordBase) SpecificData.newInstance(topic.eventTypes().get(0).schema(),
                SpecificData.get().getSchema(topic.eventTypes().get(0).schema()));
        event.put("producent", naam(partner));
        event.put("geteldOp", geteldOp);
        event.put("vanaf", vanaf);
        event.put("tot", tot);
        event.put("tellingen", tellingen);
        UUID id = transacties.execute(status -> outbox.publiceerZonderPersoon(naam(partner), event));
        log.info("Leveringsafspraken van {} tot {} gepubliceerd op {}: {} tellingen", vanaf, tot, topic.name(),
                tellingen.size());
        return Optional.of(new Publicatie(id, topic.name(), geteldOp, vanaf, tot, tellingen.size()));
    }

    /** The four outcomes of one day folded into one count per stelseldienst and partner pair. */
    private static List<Leveringstelling> perPaar(LocalDate dag, List<Leveringsafspraken.Telling> tellingen) {
        java.util.Map<List<String>, Leveringstelling> perPaar = new java.util.LinkedHashMap<>();
        for (Leveringsafspraken.Telling t : tellingen) {
            Leveringstelling telling = perPaar.computeIfAbsent(List.of(t.stelseldienst(), t.leverancier(), t.afnemer()),
                    p -> Leveringstelling.newBuilder().setDag(dag).setStelseldienst(t.stelseldienst())
                            .setLeverancier(t.leverancier()).setAfnemer(t.afnemer()).setOpTijd(0).setTeLaat(0)
                            .setOpen(0).setNietVerstuurd(0).build());
            switch (t.uitkomst()) {
                case OP_TIJD -> telling.setOpTijd(telling.getOpTijd() + t.aantal());
                case TE_LAAT -> telling.setTeLaat(telling.getTeLaat() + t.aantal());
                case OPEN -> telling.setOpen(telling.getOpen() + t.aantal());
                case NIET_VERSTUURD -> telling.setNietVerstuurd(telling.getNietVerstuurd() + t.aantal());
            }
        }
        return List.copyOf(perPaar.values());
    }

    private static String naam(Ketenpartner partner) {
        return partner.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void start() {
        ScheduledExecutorService nieuw = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "leveringsafspraken-publicatie");
            draad.setDaemon(true);
            return draad;
        });
        long millis = interval.toMillis();
        nieuw.scheduleWithFixedDelay(() -> {
            try {
                publiceer();
            } catch (RuntimeException e) {
                log.warn("Leveringsafspraken niet gepubliceerd: {}", e.getClass().getSimpleName());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        planner = nieuw;
    }

    @Override
    public void stop() {
        ScheduledExecutorService huidig = planner;
        planner = null;
        if (huidig != null) {
            huidig.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return planner != null;
    }
}
