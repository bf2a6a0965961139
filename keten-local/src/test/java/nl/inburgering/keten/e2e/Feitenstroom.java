package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.test.TestBsn;

/**
 * A stream of §3.2 facts through the public REST APIs, several per person so that order per key matters: the
 * gemeente's BRP registers the inschrijving in Amsterdam, IND the verblijfsvergunning (with both, IND delivers #1 to
 * DUO, DUO decides the plicht and delivers #3 to the gemeente), then the person moves to Rotterdam and back
 * (two verhuizingen on {@code brp.verhuizingen.v1}, in that order). Each person's facts are sent one after the other
 * by one client; several clients run side by side.
 *
 * <p>A client that gets {@code 503} retries after a short back-off, as the {@code Retry-After} asks; a {@code 409}
 * after a {@code 503} means the first attempt did commit (the answer was lost), and counts as registered. Any other
 * answer, or none at all (a killed chain), ends that person's stream: his later facts are not sent.
 */
final class Feitenstroom {

    /** The facts of one person, in the order they are sent. */
    enum Feit { INSCHRIJVING, VERGUNNING, VERHUIZING_ROTTERDAM, VERHUIZING_AMSTERDAM }

    private static final AtomicLong V_NUMMERS = new AtomicLong(5_000_000_000L + System.nanoTime() % 1_000_000_000L);
    static final LocalDate VANDAAG = LocalDate.now();

    record Persoon(String bsn, String vNummer, String geboortedatum) {
    }

    private final Supplier<Keten> keten;
    private final List<Persoon> personen = new ArrayList<>();
    /** Per person the facts that got a 2xx (or a 409 after a 503), in order. */
    private final Map<String, List<Feit>> geregistreerd = new ConcurrentHashMap<>();
    /** Per person: his stream ended without a 2xx for a fact (no answer, or an answer that is not 2xx/503). */
    private final Map<String, String> afgebroken = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statussen = new ConcurrentHashMap<>();
    private final AtomicInteger beantwoord = new AtomicInteger();
    private volatile Keten.Antwoord eerste503;
    private final AtomicBoolean stoppen = new AtomicBoolean();
    /** When set, every fact needs a permit: the test lets the stream go on in steps it interleaves with faults. */
    private volatile java.util.concurrent.Semaphore vergunningen;

    /** @param keten the chain to talk to (asked again for every call: it can be another after a restart) */
    Feitenstroom(Supplier<Keten> keten, int aantal) {
        this.keten = keten;
        for (int i = 0; i < aantal; i++) {
            personen.add(new Persoon(TestBsn.nieuw(), String.valueOf(V_NUMMERS.incrementAndGet()),
                    VANDAAG.minusYears(30).minusDays(5 + i % 200).toString()));
        }
    }

    List<Persoon> personen() {
        return personen;
    }

    List<String> bsns() {
        return personen.stream().map(Persoon::bsn).toList();
    }

    /** How many facts are done (answered, or not sent after an earlier one failed): the stream's progress. */
    int beantwoord() {
        return beantwoord.get();
    }

    int totaal() {
        return personen.size() * Feit.values().length;
    }

    /** How often each HTTP status was answered (retries included). */
    Map<Integer, Integer> statussen() {
        Map<Integer, Integer> kopie = new java.util.TreeMap<>();
        statussen.forEach((k, v) -> kopie.put(k, v.get()));
        return kopie;
    }

    /** The persons whose every fact was registered. */
    List<String> volledig() {
        return personen.stream().map(Persoon::bsn)
                .filter(bsn -> geregistreerd.getOrDefault(bsn, List.of()).size() == Feit.values().length).toList();
    }

    /** The facts registered for a person (2xx), in order. */
    List<Feit> geregistreerd(String bsn) {
        return geregistreerd.getOrDefault(bsn, List.of());
    }

    /** The first 503 answer, to see that it is problem+json with Retry-After; null if there was none. */
    Keten.Antwoord eerste503() {
        return eerste503;
    }

    Map<String, String> afgebroken() {
        return Collections.unmodifiableMap(afgebroken);
    }

    /**
     * From now on a fact is sent only with a permit from {@link #geefVrij(int)}: the stream then goes on in steps
     * a test can interleave with faults, as fast or slow as the machine is.
     */
    Feitenstroom stapsgewijs() {
        vergunningen = new java.util.concurrent.Semaphore(0);
        return this;
    }

    /** Lets {@code feiten} more facts go (with {@link #stapsgewijs()}). */
    void geefVrij(int feiten) {
        vergunningen.release(feiten);
    }

    /** Lets the rest of the stream go. */
    void geefAllesVrij() {
        if (vergunningen != null) {
            vergunningen.release(totaal());
        }
    }

    /** Lets the clients stop after the call they are in (a chain that will not answer again). */
    void stop() {
        stoppen.set(true);
    }

    /** Sends every person's facts with {@code clients} clients side by side; returns when all are done. */
    void voerUit(int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger volgende = new AtomicInteger();
            List<Future<?>> klaar = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                klaar.add(pool.submit(() -> {
                    int i;
                    while (!stoppen.get() && (i = volgende.getAndIncrement()) < personen.size()) {
                        stuur(personen.get(i));
                    }
                }));
            }
            for (Future<?> f : klaar) {
                f.get(10, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new IllegalStateException("de feitenstroom liep niet af", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void stuur(Persoon p) {
        Feit[] feiten = Feit.values();
        for (int f = 0; f < feiten.length; f++) {
            Feit feit = feiten[f];
            if (stoppen.get() || !stuur(p, feit)) {
                beantwoord.addAndGet(feiten.length - f - 1); // his later facts are not sent: done as well
                return;
            }
            geregistreerd.computeIfAbsent(p.bsn(), k -> Collections.synchronizedList(new ArrayList<>())).add(feit);
        }
    }

    /** One fact, retried while the answer is 503; whether it was registered. */
    private boolean stuur(Persoon p, Feit feit) {
        if (vergunningen != null) {
            vergunningen.acquireUninterruptibly();
        }
        boolean eerder503 = false;
        for (int poging = 1; ; poging++) {
            Keten.Antwoord antwoord;
            try {
                antwoord = verstuur(keten.get(), p, feit);
            } catch (RuntimeException e) {
                beantwoord.incrementAndGet();
                afgebroken.put(p.bsn(), feit + ": geen antwoord (" + e.getClass().getSimpleName() + ")");
                return false;
            }
            statussen.computeIfAbsent(antwoord.status(), k -> new AtomicInteger()).incrementAndGet();
            if (antwoord.status() == 503 && eerste503 == null) {
                eerste503 = antwoord;
            }
            if (antwoord.status() == 503 && poging < 400 && !stoppen.get()) {
                eerder503 = true;
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250)); // the client's back-off (Retry-After)
                continue;
            }
            beantwoord.incrementAndGet();
            if (antwoord.status() / 100 == 2 || (eerder503 && antwoord.status() == 409)) {
                return true;
            }
            afgebroken.put(p.bsn(), feit + ": " + antwoord.status() + " " + antwoord.body());
            return false;
        }
    }

    private static Keten.Antwoord verstuur(Keten keten, Persoon p, Feit feit) {
        return switch (feit) {
            case INSCHRIJVING -> keten.brpInschrijving(p.bsn(), "0363", VANDAAG.minusDays(10).toString(),
                    p.geboortedatum());
            case VERGUNNING -> keten.verblijfsvergunning(p.vNummer(), p.bsn(), p.geboortedatum(), "MA",
                    "GEZINSHERENIGING", VANDAAG.minusMonths(1).toString());
            case VERHUIZING_ROTTERDAM -> keten.brpVerhuizing(p.bsn(), "0599", VANDAAG.minusDays(6).toString());
            case VERHUIZING_AMSTERDAM -> keten.brpVerhuizing(p.bsn(), "0363", VANDAAG.minusDays(3).toString());
        };
    }

    /** The consumers of the stream's events: IND of the inschrijvingen, DUO of #1 and the verhuizingen, the gemeente of #3. */
    static final List<Ketenbalans.Afnemer> AFNEMERS = List.of(
            new Ketenbalans.Afnemer("ind", TopicCatalogue.BRP_INSCHRIJVINGEN.name()),
            new Ketenbalans.Afnemer("duo", TopicCatalogue.VERBLIJFSDOELEN.name()),
            new Ketenbalans.Afnemer("duo", TopicCatalogue.BRP_VERHUIZINGEN.name()),
            new Ketenbalans.Afnemer("gemeente", TopicCatalogue.INBURGERINGSPLICHT.name()));

    /** Waits until the chain has done everything the stream caused (at most {@code hoogstens}). */
    void wachtTotVerwerkt(Ketenbalans balans, java.time.Duration hoogstens) {
        org.awaitility.Awaitility.await().atMost(hoogstens).pollInterval(java.time.Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(balans.nogTeDoen(List.of("ind", "duo", "gemeente"), AFNEMERS, volledig()))
                        .as("nog te verwerken").isEmpty());
    }

    /** What the check found; every figure is over the persons of this stream. */
    record Balans(int personen, int volledig, long events, long verloren, long dubbel, long opnieuwAfgeleverd,
            long buitenVolgorde, long doodeBrieven, List<String> bevindingen) {
    }

    /**
     * Input = output after the chain drained. For every person whose facts all got a 2xx: exactly one inschrijving,
     * one #1 and one new #3 on the wire, the #3s after his verhuizingen as {@link #OVERDRACHTEN_NA_BEIDE_VERHUIZINGEN} explains (distinct CloudEvent ids; a record sent twice with one id is counted as
     * re-delivered, absorbed by the inbox), his two verhuizingen in the order registered, and exactly one row per
     * effect at every partner: IND's copy of the inschrijving and its vergunning, DUO's plicht, its historie row and
     * its klaargezette toets, the gemeente's inschrijving, two verhuizingen, the inburgeraar in its werkvoorraad and
     * the klaargezette toets it was told of. For a person whose stream broke off (no answer): never more than one.
     * Every consumer handled every event on its topics exactly once (inbox rows = distinct events), and nothing is
     * on a dead-letter topic.
     */
    Balans controleer(Ketenbalans balans) {
        List<String> bsns = bsns();
        List<String> volledig = volledig();
        List<String> bevindingen = new ArrayList<>();
        long verloren = 0;
        long dubbel = 0;
        long opnieuw = 0;
        long buitenVolgorde = 0;
        long events = 0;

        record Verwacht(String topic, int aantal, java.util.function.Predicate<Ketenbalans.Bericht> welke) {
            Verwacht(String topic, int aantal) {
                this(topic, aantal, b -> true);
            }
        }
        List<Ketenbalans.Bericht> opHetPlichttopic = balans.lees(Ketenbalans.topic(
                TopicCatalogue.INBURGERINGSPLICHT.name()));
        Map<String, List<Ketenbalans.Bericht>> plichten = Ketenbalans.perPersoon(
                opHetPlichttopic.stream().filter(Feitenstroom::isVastgesteld).toList(), bsns);
        Map<String, List<Ketenbalans.Bericht>> gemeenteGewijzigd = Ketenbalans.perPersoon(
                opHetPlichttopic.stream().filter(b -> !isVastgesteld(b)).toList(), bsns);
        for (Verwacht v : List.of(new Verwacht(TopicCatalogue.BRP_INSCHRIJVINGEN.name(), 1),
                new Verwacht(TopicCatalogue.BRP_VERHUIZINGEN.name(), 2),
                new Verwacht(TopicCatalogue.VERBLIJFSDOELEN.name(), 1),
                new Verwacht(TopicCatalogue.INBURGERINGSPLICHT.name(), 1, Feitenstroom::isNieuwePlicht))) {
            var perPersoon = v.topic().equals(TopicCatalogue.INBURGERINGSPLICHT.name()) ? plichten
                    : Ketenbalans.perPersoon(balans.lees(Ketenbalans.topic(v.topic())), bsns);
            for (String bsn : bsns) {
                List<Ketenbalans.Bericht> records = perPersoon.getOrDefault(bsn, List.of()).stream()
                        .filter(v.welke()).toList();
                List<Ketenbalans.Bericht> verschillend = Ketenbalans.verschillend(records);
                events += verschillend.size();
                opnieuw += records.size() - verschillend.size();
                int verwacht = volledig.contains(bsn) ? v.aantal() : -1;
                if (verwacht > 0 && verschillend.size() < verwacht) {
                    verloren += verwacht - verschillend.size();
                    bevindingen.add(bsn + " " + v.topic() + ": " + verschillend.size() + " van " + verwacht);
                }
                if (verschillend.size() > v.aantal()) {
                    dubbel += verschillend.size() - v.aantal();
                    bevindingen.add(bsn + " " + v.topic() + ": " + verschillend.size() + " events, verwacht " + v.aantal());
                }
                if (v.topic().equals(TopicCatalogue.BRP_VERHUIZINGEN.name())) {
                    List<String> naar = verschillend.stream().map(b -> b.veld("gemeentecodeNieuw")).toList();
                    List<String> volgorde = List.of("0599", "0363");
                    if (!volgorde.subList(0, Math.min(naar.size(), 2)).equals(naar.subList(0, Math.min(naar.size(), 2)))) {
                        buitenVolgorde++;
                        bevindingen.add(bsn + " verhuizingen in de volgorde " + naar);
                    }
                }
            }
        }

        for (String bsn : bsns) {
            List<String> naar = Ketenbalans.verschillend(plichten.getOrDefault(bsn, List.of())).stream()
                    .filter(b -> !isNieuwePlicht(b)).map(b -> b.veld("gemeentecode")).sorted().toList();
            events += naar.size();
            // every overdracht comes with one #3 gewijzigd GEMEENTE_GEWIJZIGD, which the old gemeente hears as SS122
            int gewijzigd = Ketenbalans.verschillend(gemeenteGewijzigd.getOrDefault(bsn, List.of())).size();
            events += gewijzigd;
            if (gewijzigd != naar.size()) {
                if (gewijzigd < naar.size()) {
                    verloren += naar.size() - gewijzigd;
                } else {
                    dubbel += gewijzigd - naar.size();
                }
                bevindingen.add(bsn + " #3 gewijzigd na verhuizing: " + gewijzigd + ", verwacht " + naar.size());
            }
            boolean teVeel = naar.size() > 2 || naar.stream().distinct().count() < naar.size();
            // a broken-off stream may have stopped between the two verhuizingen: then only a double is a finding
            boolean teWeinig = volledig.contains(bsn) && naar.size() == 1;
            if (teVeel || teWeinig) {
                if (teVeel) {
                    dubbel += Math.max(1, naar.size() - 2);
                } else {
                    verloren += 1;
                }
                bevindingen.add(bsn + " #3 na verhuizing naar " + naar + ", verwacht geen of " + OVERDRACHTEN_NA_BEIDE_VERHUIZINGEN);
            }
        }

        record Effect(String database, String tabel, int aantal) {
        }
        AtomicLong effectenTeWeinig = new AtomicLong();
        AtomicLong effectenTeVeel = new AtomicLong();
        for (Effect e : List.of(new Effect("ind", "brp_inschrijving", 1), new Effect("ind", "verblijfsvergunning", 1),
                new Effect("duo", "inburgeringsplicht", 1), new Effect("duo", "inburgeringsplicht_historie", 1),
                new Effect("duo", "leerbaarheidstoets", 1), new Effect("gemeente", "brp_inschrijving", 1),
                new Effect("gemeente", "brp_verhuizing", 2), new Effect("gemeente", "inburgeraar", 1),
                new Effect("gemeente", "leerbaarheidstoets_klaargezet", 1))) {
            balans.rijenPerPersoon(e.database(), e.tabel(), bsns).forEach((bsn, aantal) -> {
                // every gemeente the plicht went to was told of the klaargezette toets (the toets is one: once each)
                int verwacht = e.tabel().equals("leerbaarheidstoets_klaargezet")
                        ? Math.max(1, ontvangendeGemeenten(plichten.getOrDefault(bsn, List.of())))
                        : e.aantal();
                if (volledig.contains(bsn) && aantal < verwacht) {
                    effectenTeWeinig.addAndGet(verwacht - aantal);
                    bevindingen.add(bsn + " " + e.database() + "." + e.tabel() + ": " + aantal + " van " + verwacht);
                }
                if (aantal > verwacht) {
                    effectenTeVeel.addAndGet(aantal - verwacht);
                    bevindingen.add(bsn + " " + e.database() + "." + e.tabel() + ": " + aantal + " rijen, verwacht "
                            + verwacht);
                }
            });
        }
        verloren += effectenTeWeinig.get();
        dubbel += effectenTeVeel.get();

        // every consumer handled every event of its topics once: inbox rows = distinct events (all persons, all tests)
        for (Ketenbalans.Afnemer i : AFNEMERS) {
            long rijen = balans.inboxRijen(i.database(), Ketenbalans.topic(i.topic()));
            long ids = balans.eventsVoor(i.database(), Ketenbalans.topic(i.topic()));
            if (rijen != ids) {
                bevindingen.add("inbox " + i.database() + " " + i.topic() + ": " + rijen + " rijen voor " + ids + " events");
                if (rijen < ids) {
                    verloren += ids - rijen;
                } else {
                    dubbel += rijen - ids;
                }
            }
        }
        long dlt = balans.dodeBrieven();
        return new Balans(bsns.size(), volledig.size(), events, verloren, dubbel, opnieuw, buitenVolgorde, dlt,
                bevindingen);
    }

    /**
     * After a verhuizing DUO delivers the plicht again to the new gemeente (#3 with aanleiding
     * OVERDRACHT_NA_VERHUIZING), but only for a verhuizing it handles after the plicht: the verhuizingen reach DUO
     * straight from the BRP and the plicht follows IND's #1, so which comes first is a race. Either DUO knew the plicht
     * before both verhuizingen (one #3 to Rotterdam, then one back to Amsterdam) or it was not yet plichtig at the
     * first (no #3 at all: it decides the plicht for Amsterdam, where he lives again by the second). One of the two is
     * lost, or doubled, otherwise.
     */
    private static final List<String> OVERDRACHTEN_NA_BEIDE_VERHUIZINGEN = List.of("0363", "0599");

    private static int ontvangendeGemeenten(List<Ketenbalans.Bericht> plichten) {
        return (int) plichten.stream().map(b -> b.veld("gemeentecode")).distinct().count();
    }

    private static boolean isVastgesteld(Ketenbalans.Bericht plicht) {
        return plicht.ceType() != null && plicht.ceType().endsWith("inburgeringsplicht-vastgesteld");
    }

    /** A #3 of a new vaststelling (the field is absent in v1/v2 of the contract, which were all new). */
    private static boolean isNieuwePlicht(Ketenbalans.Bericht plicht) {
        return !"OVERDRACHT_NA_VERHUIZING".equals(plicht.veld("aanleiding"));
    }

    /** Prints the figure line of a fault test and asserts nothing was lost, doubled, reordered or dead-lettered. */
    static void meldEnBewijs(String storing, int storingen, Feitenstroom stroom, Balans b, String extra) {
        System.out.printf("FOUTENSUITE %s: events=%d faults=%d lost=%d doubled=%d redelivered=%d outOfOrder=%d "
                + "dlt=%d persons=%d complete=%d http=%s%s%n", storing, b.events(), storingen, b.verloren(), b.dubbel(),
                b.opnieuwAfgeleverd(), b.buitenVolgorde(), b.doodeBrieven(), b.personen(), b.volledig(),
                stroom.statussen(), extra == null || extra.isEmpty() ? "" : " " + extra);
        assertThat(b.bevindingen()).as("wat ontbreekt, dubbel is of buiten volgorde").isEmpty();
        assertThat(b.verloren()).isZero();
        assertThat(b.dubbel()).isZero();
        assertThat(b.buitenVolgorde()).isZero();
        assertThat(b.doodeBrieven()).as("niets naar een dead-letter-topic").isZero();
    }
}
