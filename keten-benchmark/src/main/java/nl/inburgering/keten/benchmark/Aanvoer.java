package nl.inburgering.keten.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Drives persons through the public REST APIs with the tokens of the partners' own clients. Open loop at a rate
 * (latency counted from the planned start, so a slow answer does not hide the wait behind it), or closed loop as
 * fast as the clients get answers.
 *
 * <p>Wave 1, per person: for an AZC resident first COA's registration as bewoner ({@code coa-medewerker}); then
 * the gemeente's BRP-inschrijving (the gemeente's own system) and IND's verblijfsvergunning ({@code ind-medewerker})
 * in the person's own order (IND first or the gemeente first, so both ways #1 can arise are used).
 * Wave 2, per AZC resident whose plicht COA received: COA links him to his beoogde vestigingsgemeente (#14).
 * Wave 3 (§4), per person who is plichtig and known at his gemeente, in two parts with the chain's delivery in
 * between: 3a, the klantmanager of his gemeente finds him ({@code _zoek}), calls him up for the intakegesprek and
 * records that he came, reads the toets DUO set ready (#6) from the brede intake, plans it and declares an
 * ordentelijk verloop (to DUO), and DUO's toetsafname-systeem ({@code duo-backoffice}) posts the score; 3b, once
 * DUO's uitkomst (#6) is at the gemeente, the klantmanager vaststelt the PIP (#16), which DUO answers on
 * {@code duo.registratie-pip.v1} and with the inburgeringstermijn (#5).
 * Wave 4 (§5, §15.5, the leerroute), per person whose PIP was vastgesteld in 3b, in two parts with the chain's
 * delivery in between: 4a, instelling 12345 ({@code instelling-medewerker}) registers his inschrijving (#20 to DUO)
 * and reports his inspanning (#18: an asielstatushouder's to his gemeente, which forwards it to DUO; a migrant's
 * straight to DUO); 4b, once DUO knows the inschrijving, DUO's backoffice registers, plans and records an exam lezen (LE)
 * (#13 to the gemeente and the instelling), and the klantmanager records the PVT and the MAP (#17, DUO answers on
 * {@code duo.registratie-resultaten-pvt-map-zroute.v1}).
 * Wave 5 (§8, vaststellen voldaan), per person in the B1-route whose exam, PVT and MAP went through in 4b: DUO's
 * backoffice registers, plans and records passed the other onderdelen (KNM, LU, SC, SP); the last one completes the
 * route and DUO decides voldaan (#10 to the gemeente and IND, #3 beëindigd to the gemeente; decision 0029).
 * Wave 6 (§10, §11, §13.5), per plichtige through 4b whom {@link Persoon#wijziging()} names (and who therefore
 * skipped wave 5): DUO's backoffice grants a gedeeltelijke vrijstelling (#11, #3 gewijzigd), or goes through the
 * medische procedure to a gehele ontheffing (#12, #3 beëindigd), or sends a BIO aanvraag to SZW, whose medewerker
 * decides (#21 to DUO; #12, #3 beëindigd); or IND registers the end of his verblijfsrecht (#2; #3 beëindigd).
 * Wave 7 (§13.2), per plichtige still plichtig, in two parts: 7a, the BRP verhuizing to Utrecht (an AZC
 * resident settles in his gekoppelde gemeente first) (DUO: #3 vastgesteld
 * to Utrecht, #3 gewijzigd to both gemeenten, #13 again; Utrecht asks the old gemeente for the overdracht, #19);
 * 7b, the old gemeente's klantmanager delivers the overdracht (#19 InburgeraarOvergedragen).
 * Wave 8 (§12), per gezinsmigrant that {@link Persoon#lening()} names, in two parts: 8a, DUO's backoffice grants a
 * lening and instelling 12345 sends its factuur (FactuurIngediend); 8b, the backoffice records the goedkeuring and
 * DUO judges the factuur (FactuurBeoordeeld to the instelling).
 */
final class Aanvoer {

    static final String INSCHRIJVING = "POST gemeente /api/v1/brp/inschrijvingen";
    static final String VERGUNNING = "POST ind /api/v1/verblijfsvergunningen";
    static final String BEWONER = "POST coa /api/v1/bewoners";
    static final String KOPPELING = "POST coa /api/v1/bewoners/{id}/koppeling";
    static final String ZOEK = "POST gemeente /api/v1/inburgeraars/_zoek";
    static final String OPROEP = "POST gemeente .../brede-intake/oproepen";
    static final String OPKOMST = "POST gemeente .../oproepen/{id}/opkomst";
    static final String BREDE_INTAKE = "GET gemeente .../brede-intake";
    static final String AFSPRAAK = "POST gemeente .../leerbaarheidstoets/afspraken";
    static final String VERLOOP = "POST gemeente .../afspraken/{id}/verloop";
    static final String UITSLAG = "POST duo /api/v1/leerbaarheidstoetsen/_uitslag";
    static final String PIP = "POST gemeente /api/v1/inburgeraars/{id}/pip";
    static final String CURSIST = "POST instelling /api/v1/cursisten";
    static final String INSPANNING = "POST instelling .../cursisten/{id}/inspanningen";
    static final String EXAMEN = "POST duo /api/v1/examens";
    static final String PLANNING = "PUT duo /api/v1/examens/{id}/planning";
    static final String EXAMENUITSLAG = "POST duo /api/v1/examens/{id}/_uitslag";
    /** Wave 5's exam calls, named apart from wave 4b's (the report keeps the calls per name). */
    static final String EXAMEN_5 = "POST duo /api/v1/examens (wave 5)";
    static final String PLANNING_5 = "PUT duo /api/v1/examens/{id}/planning (wave 5)";
    static final String EXAMENUITSLAG_5 = "POST duo /api/v1/examens/{id}/_uitslag (wave 5)";
    /** Wave 6's calls (§10, §11, §13.5). */
    static final String VRIJSTELLING = "POST duo /api/v1/vrijstellingsaanvragen";
    static final String VRIJSTELLING_BESLISSING = "POST duo vrijstellingsaanvragen/{id}/beslissing";
    static final String ONTHEFFING = "POST duo /api/v1/ontheffingsaanvragen";
    static final String VERWIJZING = "POST duo .../ontheffingsaanvragen/{id}/verwijzing";
    static final String VERKLARING = "POST duo .../{id}/deskundigenverklaring";
    static final String FORMELE_TOETS = "POST duo .../{id}/formele-toets";
    static final String ONTHEFFING_BESLISSING = "POST duo .../ontheffingsaanvragen/{id}/beslissing";
    static final String BIO = "POST duo /api/v1/ontheffingsaanvragen/bio";
    static final String NAAR_SZW = "POST duo .../ontheffingsaanvragen/{id}/naar-szw";
    static final String SZW_BESLISSING = "POST duo .../szw/bio-dossiers/{id}/beslissing";
    static final String WIJZIGING_VERBLIJFSRECHT = "POST ind .../verblijfsvergunningen/{v}/wijzigingen";
    static final String PVT = "PUT gemeente .../resultaten/pvt";
    static final String MAP = "PUT gemeente .../resultaten/map";
    /** Wave 7 (§13.2): the new gemeente's BRP system registers the verhuizing. */
    static final String VERHUIZING = "POST gemeente /api/v1/brp/verhuizingen";
    /** Wave 7a, an AZC resident first: his vestiging in the gekoppelde gemeente, a BRP verhuizing out of the AZC. */
    static final String VESTIGING = "POST gemeente /api/v1/brp/verhuizingen (vestiging)";
    /** Wave 7b (#19): the old gemeente's klantmanager reads its departures and delivers the overdracht. */
    static final String VERTROKKEN = "GET gemeente /api/v1/vertrokken-inburgeraars";
    static final String OVERDRACHT = "POST gemeente .../vertrokken-inburgeraars/{id}/overdracht";
    /** Wave 8 (§12): the lening at DUO, the instelling's factuur, the goedkeuring. */
    static final String LENING = "POST duo /api/v1/leningen";
    static final String LENING_BESLISSING = "POST duo /api/v1/leningen/{id}/beslissing";
    static final String FACTUUR = "POST instelling /api/v1/facturen";
    static final String LENING_LEZEN = "GET duo /api/v1/leningen/{id}";
    static final String GOEDKEURING = "POST duo .../leningen/{id}/facturen/{factuurId}/goedkeuring";
    /** How long the klantmanager looks for the toets DUO set ready (the chain delivered it before wave 3). */
    private static final Duration TOETS_ZOEKEN = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** The base URLs and tokens the calls need. */
    interface Doel {
        String baseUrlGemeente();

        String baseUrlInd();

        String baseUrlCoa();

        String tokenGemeentesysteem(String gemeentecode);

        String tokenInd();

        String tokenCoa();

        String baseUrlDuo();

        String tokenKlantmanager(String gemeentecode);

        String tokenDuoBackoffice();

        String baseUrlInstelling();

        String tokenInstelling();

        /** SZW's medewerker at DUO's service (SZW has no service of its own, decision 0035). */
        String tokenSzw();
    }

    /** What a wave did. */
    record Resultaat(int personen, int geslaagd, Instant begin, Instant eind, Map<String, Histogram> httpLatentie,
            Map<String, Integer> fouten, List<String> voorbeeldFouten, Map<String, Instant> startPerBsn,
            Map<String, String> bewonerPerBsn, Map<String, String> inburgeraarPerBsn, Set<String> geslaagdeBsns,
            Map<String, String> leningPerBsn) {

        double personenPerSeconde() {
            double s = Duration.between(begin, eind).toNanos() / 1e9;
            return s <= 0 ? 0 : geslaagd / s;
        }
    }

    /** One person's part of a wave: returns whether every call succeeded. */
    private interface Taak {
        boolean voer(Persoon p, long geplandNano, Oproepen oproepen);
    }

    /**
     * CPU nanoseconds of the benchmark's threads here that have ended: a wave's clients end with it and an idle HTTP
     * worker after a minute, and an ended thread's CPU time can no longer be asked (issue 17: the benchmark's own CPU).
     */
    private final AtomicLong beeindigdeDradenCpuNanos = new AtomicLong();
    private final AtomicInteger httpDraden = new AtomicInteger();
    /** Its workers named as the benchmark's, so their CPU is told from the services' own HTTP clients'. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newCachedThreadPool(r -> draad(r, "benchmark-http-" + httpDraden.incrementAndGet())))
            .build();
    private final Doel doel;
    private final LocalDate vandaag;

    Aanvoer(Doel doel, LocalDate vandaag) {
        this.doel = doel;
        this.vandaag = vandaag;
    }

    /** Wave 1: every person's facts (§3.2; for an AZC resident also COA's registration, §3.3). */
    Resultaat golf1(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
            boolean ok = true;
            long vanaf = gepland;
            if (p.azc()) {
                String antwoord = o.post(BEWONER, doel.baseUrlCoa() + "/api/v1/bewoners", doel.tokenCoa(),
                        p.bewonerJson(), vanaf);
                Matcher id = antwoord == null ? null : ID.matcher(antwoord);
                if (id != null && id.find()) {
                    o.bewonerPerBsn.put(p.bsn(), id.group(1));
                } else {
                    ok = false;
                }
                vanaf = System.nanoTime();
            }
            if (p.eerstInd()) {
                ok &= vergunning(p, vanaf, o);
                ok &= inschrijving(p, System.nanoTime(), o);
            } else {
                ok &= inschrijving(p, vanaf, o);
                ok &= vergunning(p, System.nanoTime(), o);
            }
            return ok;
        });
    }

    /** Wave 2: COA links every AZC resident of wave 1 to his beoogde vestigingsgemeente. */
    Resultaat golf2(List<Persoon> personen, Map<String, String> bewonerPerBsn, double rate, int clients) {
        List<Persoon> azc = personen.stream().filter(p -> bewonerPerBsn.containsKey(p.bsn())).toList();
        return voer(azc, rate, clients, (p, gepland, o) -> {
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
            return o.post(KOPPELING, doel.baseUrlCoa() + "/api/v1/bewoners/" + bewonerPerBsn.get(p.bsn()) + "/koppeling",
                    doel.tokenCoa(), p.koppelingJson(), gepland) != null;
        });
    }

    /**
     * The persons of wave 3: plichtig, and known at the gemeente that has them (his BRP gemeente, or for an AZC
     * resident the gemeente COA linked him to in wave 2).
     */
    static List<Persoon> bijGemeente(List<Persoon> personen, Resultaat een, Resultaat twee) {
        return personen.stream().filter(Persoon::plichtig)
                .filter(p -> p.azc() ? twee.geslaagdeBsns().contains(p.bsn()) : een.geslaagdeBsns().contains(p.bsn()))
                .toList();
    }

    /**
     * Wave 3a (§4.1, §4.2): the klantmanager finds the person, calls him up and records that he came; plans the
     * toets DUO set ready and declares an ordentelijk verloop; DUO's toetsafname-systeem posts the score.
     * startPerBsn is the start of the verloop call: from there the uitkomst needs the verklaring at DUO and the score.
     */
    Resultaat golf3a(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String token = doel.tokenKlantmanager(p.gemeenteVanPlicht());
            String basis = doel.baseUrlGemeente() + "/api/v1/inburgeraars/";
            String id = o.id(ZOEK, "POST", basis + "_zoek", token, """
                    {"bsn":"%s"}""".formatted(p.bsn()), gepland, "/inburgeraars/0/id");
            if (id == null) {
                return false;
            }
            o.inburgeraarPerBsn.put(p.bsn(), id);
            String oproep = o.id(OPROEP, "POST", basis + id + "/brede-intake/oproepen", token, """
                    {"datum":"%s","locatie":"Stadsloket","onderwerp":"INTAKEGESPREK"}"""
                    .formatted(OffsetDateTime.now(NEDERLAND).plusDays(2).withNano(0)), System.nanoTime(), "/id");
            if (oproep == null || o.stuur(OPKOMST, "POST", basis + id + "/brede-intake/oproepen/" + oproep + "/opkomst",
                    token, "{\"verschenen\":true}", System.nanoTime()) == null) {
                return false;
            }
            String examennummer = klaargezetteToets(o, basis + id + "/brede-intake", token);
            if (examennummer == null) {
                return false;
            }
            String afspraak = o.id(AFSPRAAK, "POST", basis + id + "/leerbaarheidstoets/afspraken", token, """
                    {"datum":"%s","locatie":"Toetslocatie","toetsbegeleider":"J. de Vries"}"""
                    .formatted(OffsetDateTime.now(NEDERLAND).withNano(0)), System.nanoTime(), "/id");
            if (afspraak == null) {
                return false;
            }
            o.startPerBsn.put(p.bsn(), Instant.now());
            if (o.stuur(VERLOOP, "POST", basis + id + "/leerbaarheidstoets/afspraken/" + afspraak + "/verloop", token,
                    "{\"verschenen\":true,\"ordentelijkVerloop\":true}", System.nanoTime()) == null) {
                return false;
            }
            return o.stuur(UITSLAG, "POST", doel.baseUrlDuo() + "/api/v1/leerbaarheidstoetsen/_uitslag",
                    doel.tokenDuoBackoffice(), """
                    {"examennummer":"%s","datumAfname":"%s","behaaldeScore":"%s"}"""
                    .formatted(examennummer, vandaag, p.behaaldeScore()), System.nanoTime()) != null;
        });
    }

    /**
     * Wave 3b (§4.2): the klantmanager vaststelt the PIP, dated yesterday, of every person whose toets was done in 3a
     * (after the chain delivered DUO's uitkomst to the gemeente).
     */
    Resultaat golf3b(List<Persoon> personen, Resultaat drieA, double rate, int clients) {
        List<Persoon> metToets = personen.stream().filter(p -> drieA.geslaagdeBsns().contains(p.bsn())).toList();
        return voer(metToets, rate, clients, (p, gepland, o) -> {
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
            return o.stuur(PIP, "POST", doel.baseUrlGemeente() + "/api/v1/inburgeraars/"
                    + drieA.inburgeraarPerBsn().get(p.bsn()) + "/pip", doel.tokenKlantmanager(p.gemeenteVanPlicht()),
                    p.pipJson(vandaag), gepland) != null;
        });
    }

    /** The persons of wave 4: those whose PIP the klantmanager vaststelde in wave 3b. */
    static List<Persoon> metPip(List<Persoon> personen, Resultaat drieB) {
        return personen.stream().filter(p -> drieB.geslaagdeBsns().contains(p.bsn())).toList();
    }

    /**
     * Wave 4a (§5.4, §15.5): the instelling registers the inschrijving and reports the inspanning. startPerBsn is
     * the start of the inspanning call.
     */
    Resultaat golf4a(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String basis = doel.baseUrlInstelling() + "/api/v1/cursisten";
            String cursist = o.id(CURSIST, "POST", basis, doel.tokenInstelling(), p.cursistJson(vandaag), gepland, "/id");
            if (cursist == null) {
                return false;
            }
            o.startPerBsn.put(p.bsn(), Instant.now());
            return o.post(INSPANNING, basis + "/" + cursist + "/inspanningen", doel.tokenInstelling(),
                    p.inspanningJson(vandaag), System.nanoTime()) != null;
        });
    }

    /**
     * Wave 4b (§5.2, §5.4): DUO's backoffice registers, plans (today) and records a passed exam lezen (LE); the
     * klantmanager records the PVT and the MAP. startPerBsn is the start of the exam's uitslag call.
     */
    Resultaat golf4b(List<Persoon> personen, Resultaat drieA, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String duo = doel.baseUrlDuo() + "/api/v1/examens";
            String examen = o.id(EXAMEN, "POST", duo, doel.tokenDuoBackoffice(), p.examenJson(), gepland, "/id");
            if (examen == null || o.stuur(PLANNING, "PUT", duo + "/" + examen + "/planning", doel.tokenDuoBackoffice(),
                    "{\"examendatum\":\"%s\"}".formatted(vandaag), System.nanoTime()) == null) {
                return false;
            }
            o.startPerBsn.put(p.bsn(), Instant.now());
            if (o.post(EXAMENUITSLAG, duo + "/" + examen + "/_uitslag", doel.tokenDuoBackoffice(),
                    "{\"resultaat\":\"Geslaagd\"}", System.nanoTime()) == null) {
                return false;
            }
            String resultaten = doel.baseUrlGemeente() + "/api/v1/inburgeraars/" + drieA.inburgeraarPerBsn().get(p.bsn())
                    + "/resultaten/";
            String token = doel.tokenKlantmanager(p.gemeenteVanPlicht());
            return o.stuur(PVT, "PUT", resultaten + "pvt", token, p.pvtJson(vandaag), System.nanoTime()) != null
                    & o.stuur(MAP, "PUT", resultaten + "map", token, p.mapJson(vandaag), System.nanoTime()) != null;
        });
    }

    /**
     * The persons of wave 5: in the B1-route, and through wave 4b (LE exam, PVT and MAP). The Z-route's voldaan needs
     * the participatiecomponent and the eindgesprek, which the benchmark does not drive: those persons stay as they are.
     * Nor those who borrow in wave 8 ({@link Persoon#lening()}): DUO lends and pays only while the plicht runs.
     */
    static List<Persoon> voorVoldaan(List<Persoon> personen, Set<String> doorGolf4b) {
        return personen.stream().filter(p -> !p.zRoute()).filter(p -> p.wijziging() == null).filter(p -> !p.lening())
                .filter(p -> doorGolf4b.contains(p.bsn())).toList();
    }

    /**
     * The persons of wave 6: through wave 4b (both leerroutes) and named by {@link Persoon#wijziging()}; wave 5 left
     * them out, so they are still plichtig.
     */
    static List<Persoon> voorWijziging(List<Persoon> personen, Set<String> doorGolf4b) {
        return personen.stream().filter(p -> p.wijziging() != null).filter(p -> doorGolf4b.contains(p.bsn()))
                .toList();
    }

    /**
     * The persons of wave 7 (§13.2): still plichtig after waves 5 and 6. Those are the persons through wave 4b that
     * wave 5 left out and wave 6 did not end: another leerroute than the B1-route (wave 5 does not drive it), a
     * gezinsmigrant who borrows in wave 8 ({@link Persoon#lening()}), or a gedeeltelijke vrijstelling that went
     * through in wave 6 (a failed wave 6 call leaves a person's state unknown, so he does not move). Every one of them
     * moves: the share is that of the plichtigen still plichtig.
     */
    static List<Persoon> voorVerhuizing(List<Persoon> personen, Set<String> doorGolf4b, Set<String> doorGolf6) {
        return personen.stream().filter(p -> doorGolf4b.contains(p.bsn()))
                .filter(p -> p.wijziging() == null ? p.zRoute() || p.lening()
                        : p.wijziging() == Persoon.Wijziging.VRIJSTELLING && doorGolf6.contains(p.bsn()))
                .toList();
    }

    /**
     * Wave 7 (§13.2, issue 16): the BRP verhuizing of each person to another gemeente ({@link Persoon#verhuisgemeente()},
     * neither the one he lives in nor the one that has his plicht), registered by the new gemeente's BRP system ({@code gemeentesysteem-<gemeente>}, PARTNERSYSTEEM),
     * dated today. An AZC resident settles in the gemeente COA linked him to first ({@link Persoon#vestigingJson}),
     * since his plicht follows the koppeling while he lives in the AZC. startPerBsn is the start of the verhuizing
     * to Utrecht.
     */
    Resultaat golf7(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String url = doel.baseUrlGemeente() + "/api/v1/brp/verhuizingen";
            long vanaf = gepland;
            if (p.azc()) {
                if (o.post(VESTIGING, url, doel.tokenGemeentesysteem(p.koppelgemeente()), p.vestigingJson(vandaag),
                        gepland) == null) {
                    return false;
                }
                vanaf = System.nanoTime();
            }
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - vanaf)));
            return o.post(VERHUIZING, url, doel.tokenGemeentesysteem(p.verhuisgemeente()), p.verhuizingJson(vandaag),
                    vanaf) != null;
        });
    }

    /**
     * Wave 7b (§13.2, #19): once the chain delivered wave 7a, the new gemeente has asked the old one for the
     * overdracht (OverdrachtInburgeraarGevraagd): the old gemeente's klantmanager finds the person on its list of
     * departures (read once per gemeente: each read writes a Logboek record per person it returns) and delivers it
     * (InburgeraarOvergedragen to the new gemeente). The old gemeente is the one that had his plicht. startPerBsn is
     * the start of the overdracht call.
     */
    Resultaat golf7b(List<Persoon> personen, double rate, int clients) {
        Map<String, Map<String, String>> vertrokkenPerGemeente = new ConcurrentHashMap<>();
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String gemeente = p.gemeenteVanPlicht();
            String token = doel.tokenKlantmanager(gemeente);
            String basis = doel.baseUrlGemeente() + "/api/v1/vertrokken-inburgeraars";
            Map<String, String> vertrokken = vertrokkenPerGemeente.computeIfAbsent(gemeente, g -> {
                String lijst = o.stuur(VERTROKKEN, "GET", basis, token, null, gepland);
                Map<String, String> perBsn = new ConcurrentHashMap<>();
                if (lijst != null) {
                    for (var v : JSON.readTree(lijst).path("vertrokkenInburgeraars")) {
                        if ("OVERDRACHT_LEVEREN".equals(v.path("signaal").asString(""))) {
                            perBsn.put(v.path("bsn").asString(""), v.path("id").asString(""));
                        }
                    }
                }
                return perBsn;
            });
            String id = vertrokken.get(p.bsn());
            if (id == null) {
                o.fout(VERTROKKEN + " -> no overdracht to deliver", p.bsn() + " at " + gemeente);
                return false;
            }
            o.startPerBsn.put(p.bsn(), Instant.now());
            return o.post(OVERDRACHT, basis + "/" + id + "/overdracht", token, p.overdrachtJson(),
                    System.nanoTime()) != null;
        });
    }

    /** The persons of wave 8 (§12): those through wave 4b who borrow ({@link Persoon#lening()}). */
    static List<Persoon> voorLening(List<Persoon> personen, Set<String> doorGolf4b) {
        return personen.stream().filter(Persoon::lening).filter(p -> doorGolf4b.contains(p.bsn())).toList();
    }

    /**
     * Wave 8a (§12.1, §12.2): DUO's backoffice registers the aanvraag for a lening and grants it; instelling 12345,
     * where he is a cursist since wave 4a, sends its factuur (FactuurIngediend to DUO; 12345, not 67890: DUO pays only
     * an instelling with a keurmerk in keten.duo.pip.erkende-instellingen, decision 0039). startPerBsn is the start of
     * the factuur call; leningPerBsn the lening's id.
     */
    Resultaat golf8a(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String duo = doel.baseUrlDuo() + "/api/v1/leningen";
            String lening = o.id(LENING, "POST", duo, doel.tokenDuoBackoffice(), p.leningaanvraagJson(vandaag), gepland,
                    "/id");
            if (lening == null || o.post(LENING_BESLISSING, duo + "/" + lening + "/beslissing",
                    doel.tokenDuoBackoffice(), Persoon.leningbeslissingJson(), System.nanoTime()) == null) {
                return false;
            }
            o.leningPerBsn.put(p.bsn(), lening);
            o.startPerBsn.put(p.bsn(), Instant.now());
            return o.post(FACTUUR, doel.baseUrlInstelling() + "/api/v1/facturen", doel.tokenInstelling(),
                    p.factuurJson(vandaag), System.nanoTime()) != null;
        });
    }

    /**
     * Wave 8b (§12.2): once the chain delivered the factuur to DUO, the backoffice finds it with the lening and
     * records the inburgeraar's goedkeuring (given in Mijn DUO); DUO judges the factuur and tells the instelling
     * (FactuurBeoordeeld). startPerBsn is the start of the goedkeuring call.
     */
    Resultaat golf8b(List<Persoon> personen, Map<String, String> leningPerBsn, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String lening = doel.baseUrlDuo() + "/api/v1/leningen/" + leningPerBsn.get(p.bsn());
            String factuur = o.id(LENING_LEZEN, "GET", lening, doel.tokenDuoBackoffice(), null, gepland,
                    "/facturen/0/id");
            if (factuur == null) {
                return false;
            }
            o.startPerBsn.put(p.bsn(), Instant.now());
            return o.post(GOEDKEURING, lening + "/facturen/" + factuur + "/goedkeuring", doel.tokenDuoBackoffice(),
                    Persoon.goedkeuringJson(), System.nanoTime()) != null;
        });
    }

    /**
     * Wave 6 (§10, §11, §13.5): per person his {@link Persoon#wijziging()}, through DUO's backoffice (and SZW's
     * medewerker) or IND. startPerBsn is the start of the deciding call (DUO's or SZW's beslissing, IND's wijziging).
     */
    Resultaat golf6(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String duo = doel.baseUrlDuo() + "/api/v1/";
            String bo = doel.tokenDuoBackoffice();
            switch (p.wijziging()) {
                case VRIJSTELLING -> {
                    String id = o.id(VRIJSTELLING, "POST", duo + "vrijstellingsaanvragen", bo,
                            p.vrijstellingsaanvraagJson(), gepland, "/id");
                    if (id == null) {
                        return false;
                    }
                    o.startPerBsn.put(p.bsn(), Instant.now());
                    return o.post(VRIJSTELLING_BESLISSING, duo + "vrijstellingsaanvragen/" + id + "/beslissing", bo,
                            Persoon.vrijstellingsbeslissingJson(), System.nanoTime()) != null;
                }
                case MEDISCHE_ONTHEFFING -> {
                    String id = o.id(ONTHEFFING, "POST", duo + "ontheffingsaanvragen", bo,
                            p.ontheffingsaanvraagJson(vandaag), gepland, "/id");
                    if (id == null) {
                        return false;
                    }
                    String aanvraag = duo + "ontheffingsaanvragen/" + id;
                    if (o.post(VERWIJZING, aanvraag + "/verwijzing", bo, Persoon.verwijzingJson(),
                            System.nanoTime()) == null
                            || o.post(VERKLARING, aanvraag + "/deskundigenverklaring", bo,
                                    Persoon.deskundigenverklaringJson(vandaag), System.nanoTime()) == null
                            || o.post(FORMELE_TOETS, aanvraag + "/formele-toets", bo, Persoon.formeleToetsJson(),
                                    System.nanoTime()) == null) {
                        return false;
                    }
                    o.startPerBsn.put(p.bsn(), Instant.now());
                    return o.post(ONTHEFFING_BESLISSING, aanvraag + "/beslissing", bo,
                            Persoon.medischeBeslissingJson(), System.nanoTime()) != null;
                }
                case BIO_ONTHEFFING -> {
                    // the aanvraag's id is the dossierkenmerk SZW decides on (and #21 names)
                    String id = o.id(BIO, "POST", duo + "ontheffingsaanvragen/bio", bo, p.bioAanvraagJson(vandaag),
                            gepland, "/id");
                    if (id == null || o.post(NAAR_SZW, duo + "ontheffingsaanvragen/" + id + "/naar-szw", bo,
                            Persoon.naarSzwJson(), System.nanoTime()) == null) {
                        return false;
                    }
                    o.startPerBsn.put(p.bsn(), Instant.now());
                    return o.post(SZW_BESLISSING, duo + "szw/bio-dossiers/" + id + "/beslissing", doel.tokenSzw(),
                            Persoon.szwBeslissingJson(), System.nanoTime()) != null;
                }
                case INTREKKING_VERBLIJFSRECHT -> {
                    o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
                    return o.post(WIJZIGING_VERBLIJFSRECHT, doel.baseUrlInd() + "/api/v1/verblijfsvergunningen/"
                            + p.vNummer() + "/wijzigingen", doel.tokenInd(), Persoon.intrekkingJson(vandaag),
                            gepland) != null;
                }
                default -> throw new IllegalStateException("no wijziging for " + p.bsn());
            }
        });
    }

    /**
     * Wave 5 (§8): DUO's backoffice registers, plans (today) and records passed KNM, LU, SC and SP, one after the
     * other; the last uitslag completes the B1-route and DUO decides voldaan in its transaction. startPerBsn is the
     * start of that last uitslag call.
     */
    Resultaat golf5(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            String duo = doel.baseUrlDuo() + "/api/v1/examens";
            long vanaf = gepland;
            for (String onderdeel : Persoon.OVERIGE_ONDERDELEN_B1_ROUTE) {
                String examen = o.id(EXAMEN_5, "POST", duo, doel.tokenDuoBackoffice(), p.examenJson(onderdeel), vanaf,
                        "/id");
                if (examen == null || o.stuur(PLANNING_5, "PUT", duo + "/" + examen + "/planning",
                        doel.tokenDuoBackoffice(), "{\"examendatum\":\"%s\"}".formatted(vandaag),
                        System.nanoTime()) == null) {
                    return false;
                }
                o.startPerBsn.put(p.bsn(), Instant.now());
                if (o.post(EXAMENUITSLAG_5, duo + "/" + examen + "/_uitslag", doel.tokenDuoBackoffice(),
                        "{\"resultaat\":\"Geslaagd\"}", System.nanoTime()) == null) {
                    return false;
                }
                vanaf = System.nanoTime();
            }
            return true;
        });
    }

    /**
     * The examennummer of the toets DUO set ready, from the brede intake. The chain delivered it before wave 3
     * began, so the first look finds it; more looks only if it did not, and after 10 s it counts as an error.
     */
    private static String klaargezetteToets(Oproepen o, String url, String token) {
        long tot = System.nanoTime() + TOETS_ZOEKEN.toNanos();
        while (true) {
            String antwoord = o.stuur(BREDE_INTAKE, "GET", url, token, null, System.nanoTime());
            if (antwoord == null) {
                return null;
            }
            String examennummer = JSON.readTree(antwoord).at("/leerbaarheidstoets/klaargezet/examennummer").asString("");
            if (!examennummer.isEmpty()) {
                return examennummer;
            }
            if (System.nanoTime() > tot) {
                o.fout(BREDE_INTAKE + " -> no klaargezette toets", antwoord);
                return null;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    private boolean inschrijving(Persoon p, long vanaf, Oproepen o) {
        return o.post(INSCHRIJVING, doel.baseUrlGemeente() + "/api/v1/brp/inschrijvingen",
                doel.tokenGemeentesysteem(p.gemeentecode()), p.inschrijvingJson(vandaag), vanaf) != null;
    }

    private boolean vergunning(Persoon p, long vanaf, Oproepen o) {
        return o.post(VERGUNNING, doel.baseUrlInd() + "/api/v1/verblijfsvergunningen", doel.tokenInd(),
                p.verblijfsvergunningJson(vandaag), vanaf) != null;
    }

    /** A daemon thread of the benchmark that adds its CPU time to {@link #beeindigdeDradenCpuNanos} as it ends. */
    private Thread draad(Runnable r, String naam) {
        Thread t = new Thread(() -> {
            try {
                r.run();
            } finally {
                long nanos = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                beeindigdeDradenCpuNanos.addAndGet(Math.max(0, nanos));
            }
        }, naam);
        t.setDaemon(true);
        return t;
    }

    /** The CPU time of this Aanvoer's threads that have ended so far. */
    long beeindigdeDradenCpuNanos() {
        return beeindigdeDradenCpuNanos.get();
    }

    private Resultaat voer(List<Persoon> personen, double rate, int clients, Taak taak) {
        Oproepen o = new Oproepen();
        AtomicInteger geslaagd = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> draad(r, "benchmark-client"));
        Instant begin = Instant.now();
        long beginNano = System.nanoTime();
        try {
            List<Future<?>> taken = new ArrayList<>();
            if (rate > 0) {
                long interval = (long) (1e9 / rate);
                for (int i = 0; i < personen.size(); i++) {
                    long gepland = beginNano + i * interval;
                    long wacht = gepland - System.nanoTime();
                    if (wacht > 0) {
                        LockSupport.parkNanos(wacht);
                    }
                    Persoon p = personen.get(i);
                    taken.add(pool.submit(() -> {
                        if (taak.voer(p, gepland, o)) {
                            geslaagd.incrementAndGet();
                            o.geslaagdeBsns.add(p.bsn());
                        }
                    }));
                }
            } else {
                AtomicInteger volgende = new AtomicInteger();
                for (int c = 0; c < clients; c++) {
                    taken.add(pool.submit(() -> {
                        int i;
                        while ((i = volgende.getAndIncrement()) < personen.size()) {
                            Persoon p = personen.get(i);
                            if (taak.voer(p, System.nanoTime(), o)) {
                                geslaagd.incrementAndGet();
                                o.geslaagdeBsns.add(p.bsn());
                            }
                        }
                    }));
                }
            }
            for (Future<?> t : taken) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while driving persons", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Instant eind = Instant.now();
        Map<String, Histogram> histogrammen = new TreeMap<>();
        o.latentie.forEach((k, v) -> histogrammen.put(k, v.getIntervalHistogram()));
        Map<String, Integer> fouten = new TreeMap<>();
        o.fouten.forEach((k, v) -> fouten.put(k, v.get()));
        return new Resultaat(personen.size(), geslaagd.get(), begin, eind, histogrammen, fouten,
                List.copyOf(o.voorbeelden), Map.copyOf(o.startPerBsn), Map.copyOf(o.bewonerPerBsn),
                Map.copyOf(o.inburgeraarPerBsn), Set.copyOf(o.geslaagdeBsns), Map.copyOf(o.leningPerBsn));
    }

    /** The calls of one wave and what they answered. */
    private final class Oproepen {
        final Map<String, Recorder> latentie = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> fouten = new ConcurrentHashMap<>();
        final List<String> voorbeelden = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Instant> startPerBsn = new ConcurrentHashMap<>();
        final Map<String, String> bewonerPerBsn = new ConcurrentHashMap<>();
        final Map<String, String> inburgeraarPerBsn = new ConcurrentHashMap<>();
        final Map<String, String> leningPerBsn = new ConcurrentHashMap<>();
        final Set<String> geslaagdeBsns = ConcurrentHashMap.newKeySet();

        /** POSTs the JSON; the answer's body on a 2xx, else null (counted as an error). */
        String post(String wat, String url, String token, String json, long vanafNano) {
            return stuur(wat, "POST", url, token, json, vanafNano);
        }

        /** Sends the call; the text at {@code pad} (a JSON pointer) of the 2xx answer, else null (an error). */
        String id(String wat, String methode, String url, String token, String json, long vanafNano, String pad) {
            String antwoord = stuur(wat, methode, url, token, json, vanafNano);
            if (antwoord == null) {
                return null;
            }
            String id = JSON.readTree(antwoord).at(pad).asString("");
            if (id.isEmpty()) {
                fout(wat + " -> no " + pad, antwoord);
                return null;
            }
            return id;
        }

        /** Sends the call (a body for POST, none for GET); the answer's body on a 2xx, else null (an error). */
        String stuur(String wat, String methode, String url, String token, String json, long vanafNano) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .method(methode, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json))
                    .build();
            try {
                HttpResponse<String> antwoord = http.send(request, HttpResponse.BodyHandlers.ofString());
                latentie.computeIfAbsent(wat, k -> new Recorder(3))
                        .recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - vanafNano));
                if (antwoord.statusCode() / 100 == 2) {
                    return antwoord.body();
                }
                fout(wat + " -> " + antwoord.statusCode(), antwoord.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fout(wat + " -> interrupted", null);
            } catch (Exception e) {
                fout(wat + " -> " + e.getClass().getSimpleName(), e.getMessage());
            }
            return null;
        }

        /** Counts an error; the first five with what was answered. */
        void fout(String fout, String toelichting) {
            if (toelichting != null && voorbeelden.size() < 5) {
                voorbeelden.add(fout + " " + toelichting);
            }
            fouten.computeIfAbsent(fout, k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
