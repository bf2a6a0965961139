package nl.inburgering.keten.benchmark;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does. Defaults finish in a few minutes on a 2-core machine.
 *
 * @param personen         synthetic persons driven through §3.2 in the measured part
 * @param opwarmen         persons driven (and drained) before the measurement, to warm the JIT and the pools
 * @param belasting        persons per second per wave: as fast as the clients get answers, one rate for every wave
 *                         ({@code --rate}), or a fraction of each wave's saturation rate ({@code --belasting})
 * @param clients          concurrent HTTP clients that drive the persons
 * @param plafondDuur      how long each ceiling measurement runs
 * @param plafondVerbindingen connections of the PostgreSQL insert loop
 * @param miljoen          inburgeraars bulk-loaded for the werkvoorraad measurement; 0 = skip that step
 * @param queryDuur        how long each werkvoorraad/_zoek query is timed (after its warm-up)
 * @param maxWachttijd     how long to wait for the chain to deliver everything before giving up
 * @param profiel          sample the JVM's threads during the measured part (once a second)
 * @param jfr              also record a Java Flight Recording of the measured part to this file; null = none
 * @param rapport          where the JSON report goes
 * @param rustmeting       how long the idle chain's commits are counted before the run (its background cost)
 * @param bezinktijd       how long to wait after the run for PostgreSQL's statistics (an idle backend reports
 *                         its counters within 10 s)
 * @param springEigenschappen Spring properties for every service, for experiments (e.g. listener concurrency)
 * @param aparteProcessen  every service as a JVM of its own (keten-local's separate-process mode), so the report
 *                         has the RSS and start time of each service
 */
record Instellingen(int personen, int opwarmen, Belasting belasting, int clients, Duration plafondDuur,
        int plafondVerbindingen, int miljoen, Duration queryDuur, Duration maxWachttijd,
        boolean profiel, Path jfr, Path rapport, Duration rustmeting, Duration bezinktijd,
        java.util.Map<String, String> springEigenschappen, boolean aparteProcessen) {

    static final Path STANDAARD_RAPPORT = Path.of("keten-benchmark", "target", "keten-benchmark-rapport.json");

    static Instellingen standaard() {
        return new Instellingen(2000, 500, new Belasting.ZoSnelMogelijk(), 8, Duration.ofSeconds(10), 4, 1_000_000,
                Duration.ofSeconds(5), Duration.ofMinutes(5), true, null, STANDAARD_RAPPORT,
                Duration.ofSeconds(5), Duration.ofSeconds(11), java.util.Map.of(), false);
    }

    static String gebruik() {
        return """
                Usage: ./keten-benchmark.sh [options]

                Starts the whole chain (keten-local: Kafka, PostgreSQL, token issuer, five services) in this JVM on free
                ports and a fresh temporary data folder, drives synthetic persons through §3.2 and §3.3 via the public APIs,
                measures the machine's own ceilings and the werkvoorraad with a million inburgeraars, prints a table and
                writes a JSON report.

                  --personen=N              persons in the measured part (default 2000)
                  --opwarmen=N              persons driven before measuring, to warm up (default 500)
                  --rate=R                  persons per second in every wave (default: as fast as possible)
                  --belasting=F             per wave F (0 < F <= 1) of its saturation rate, the rate at which the
                                            chain delivered that wave in the report of --verzadiging; e.g. a
                                            saturation run, then the same at half of each wave's saturation rate:
                                              ./keten-benchmark.sh --personen=400 --zonder-miljoen --rapport=/tmp/vol.json
                                              ./keten-benchmark.sh --personen=400 --zonder-miljoen --belasting=0.5
                                                  --verzadiging=/tmp/vol.json
                  --verzadiging=PATH        the JSON report of a saturation run (one without --rate), for --belasting
                  --clients=N               concurrent HTTP clients (default 8)
                  --plafond-seconden=S      duration of each ceiling measurement (default 10)
                  --plafond-verbindingen=N  connections of the PostgreSQL insert loop (default 4)
                  --miljoen=N               inburgeraars bulk-loaded for the werkvoorraad step (default 1000000)
                  --zonder-miljoen          skip the werkvoorraad step
                  --query-seconden=S        timing of each werkvoorraad/_zoek query (default 5)
                  --max-wachttijd=S         give up when the chain has not delivered everything after S s (default 300)
                  --zonder-profiel          do not sample the threads during the measured part
                  --aparte-processen        every service as a JVM of its own (java -jar of its exec jar, built by
                                            keten-benchmark.sh): the report gives each service's RSS and start time
                  --jfr=PATH                also write a Java Flight Recording of the measured part, and of the
                                            werkvoorraad's pages at 1,000,000 rows (PATH-werkvoorraad.jfr)
                  --rapport=PATH            the JSON report (default keten-benchmark/target/keten-benchmark-rapport.json)
                  --<key>=<value>           any Spring property for every service, for an experiment, e.g.
                                            --spring.kafka.listener.concurrency=3 (recorded in the report)
                  --help
                """;
    }

    static Instellingen parse(String... args) {
        Instellingen i = standaard();
        int personen = i.personen;
        int opwarmen = i.opwarmen;
        Double rate = null;
        Double belasting = null;
        Path verzadiging = null;
        int clients = i.clients;
        Duration plafond = i.plafondDuur;
        int verbindingen = i.plafondVerbindingen;
        int miljoen = i.miljoen;
        Duration query = i.queryDuur;
        Duration wacht = i.maxWachttijd;
        boolean profiel = i.profiel;
        boolean aparteProcessen = i.aparteProcessen;
        Path jfr = i.jfr;
        Path rapport = i.rapport;
        java.util.Map<String, String> spring = new java.util.LinkedHashMap<>();
        for (String arg : args) {
            String naam = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String waarde = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (naam) {
                case "--personen" -> personen = positief(naam, geheel(naam, waarde));
                case "--opwarmen" -> opwarmen = geheel(naam, waarde);
                case "--rate" -> rate = getal(naam, waarde);
                case "--belasting" -> belasting = getal(naam, waarde);
                case "--verzadiging" -> verzadiging = Path.of(verplicht(naam, waarde));
                case "--clients" -> clients = positief(naam, geheel(naam, waarde));
                case "--plafond-seconden" -> plafond = seconden(naam, waarde);
                case "--plafond-verbindingen" -> verbindingen = positief(naam, geheel(naam, waarde));
                case "--miljoen" -> miljoen = geheel(naam, waarde);
                case "--zonder-miljoen" -> miljoen = 0;
                case "--query-seconden" -> query = seconden(naam, waarde);
                case "--max-wachttijd" -> wacht = seconden(naam, waarde);
                case "--zonder-profiel" -> profiel = false;
                case "--aparte-processen" -> aparteProcessen = true;
                case "--jfr" -> jfr = Path.of(verplicht(naam, waarde));
                case "--rapport" -> rapport = Path.of(verplicht(naam, waarde));
                default -> {
                    // --spring.kafka.listener.concurrency=3: a Spring property for every service (as keten-local)
                    if (naam.startsWith("--") && naam.contains(".") && waarde != null) {
                        spring.put(naam.substring(2), waarde);
                    } else {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                }
            }
        }
        if ((rate != null && rate < 0) || opwarmen < 0 || miljoen < 0) {
            throw new IllegalArgumentException("--rate, --opwarmen and --miljoen cannot be negative");
        }
        return new Instellingen(personen, opwarmen, belasting(rate, belasting, verzadiging), clients, plafond,
                verbindingen, miljoen, query, wacht, profiel, jfr, rapport, i.rustmeting, i.bezinktijd,
                java.util.Map.copyOf(spring), aparteProcessen);
    }

    /** The same run with short waits around it: for the smoke test only (the commit counts get less exact). */
    Instellingen metKorteWachttijden() {
        return new Instellingen(personen, opwarmen, belasting, clients, plafondDuur, plafondVerbindingen, miljoen,
                queryDuur, maxWachttijd, profiel, jfr, rapport, Duration.ofSeconds(1), Duration.ofSeconds(1),
                springEigenschappen, aparteProcessen);
    }

    /**
     * One way to set the rates: --rate for every wave, or --belasting with the saturation run of --verzadiging (read
     * here, so that a report that cannot give every wave its rate stops the run before the chain starts).
     */
    private static Belasting belasting(Double rate, Double belasting, Path verzadiging) {
        if (belasting != null && rate != null) {
            throw new IllegalArgumentException("--belasting and --rate exclude each other: --rate sets one rate for "
                    + "every wave, --belasting a fraction of each wave's own saturation rate");
        }
        if (belasting != null && verzadiging == null) {
            throw new IllegalArgumentException("--belasting needs --verzadiging=PATH, the JSON report of a saturation "
                    + "run (one without --rate)");
        }
        if (verzadiging != null && belasting == null) {
            throw new IllegalArgumentException("--verzadiging needs --belasting=F, the fraction of each wave's "
                    + "saturation rate");
        }
        if (belasting != null) {
            return Belasting.uitVerzadiging(belasting, verzadiging);
        }
        return rate == null || rate == 0 ? new Belasting.ZoSnelMogelijk() : new Belasting.Vast(rate);
    }

    private static double getal(String naam, String waarde) {
        try {
            return Double.parseDouble(verplicht(naam, waarde));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(naam + " must be a number: " + waarde);
        }
    }

    private static String verplicht(String naam, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalArgumentException(naam + " needs a value: " + naam + "=...");
        }
        return waarde;
    }

    private static int geheel(String naam, String waarde) {
        try {
            return Integer.parseInt(verplicht(naam, waarde).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(naam + " must be a whole number: " + waarde);
        }
    }

    private static int positief(String naam, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(naam + " must be at least 1");
        }
        return n;
    }

    private static Duration seconden(String naam, String waarde) {
        double s = Double.parseDouble(verplicht(naam, waarde));
        if (s <= 0) {
            throw new IllegalArgumentException(naam + " must be more than 0");
        }
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
