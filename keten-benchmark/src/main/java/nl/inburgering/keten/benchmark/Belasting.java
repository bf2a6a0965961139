package nl.inburgering.keten.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The persons per second each wave of a run is offered ({@link #rate}; 0 = as fast as the clients get answers).
 * Issue 17's latency goal is measured at 50 % of the saturation rate, and the waves carry 1 to 6 events per person, so
 * their saturation rates differ widely: one rate for every wave cannot put each at the same fraction of its own
 * capacity. {@link PerGolf} takes each wave's rate from an earlier saturation run (decision 0056).
 */
sealed interface Belasting {

    /** The waves of a run, by the id their label in the report starts with ("1 (§3.2: ...", "3a (§4: ..."). */
    List<String> GOLVEN = List.of("1", "2", "3a", "3b", "4a", "4b", "5", "6", "7a", "7b", "8a", "8b");

    /** The value of {@code instellingen.rate} in a report of a saturation run. */
    String ZO_SNEL_MOGELIJK = "as fast as possible";

    /** Persons per second offered in this wave (one of {@link #GOLVEN}); 0 = as fast as possible. */
    double rate(String golf);

    /** What the report's {@code instellingen} records of it, in this order: {@code rate} and what it came from. */
    Map<String, Object> alsRapport();

    /** For the console: "as fast as possible", "at 2.0/s", "at 0.5 of the saturation of /tmp/vol.json". */
    String omschrijving();

    /** Every wave as fast as the clients get answers: a saturation run. */
    record ZoSnelMogelijk() implements Belasting {
        @Override
        public double rate(String golf) {
            return bekend(golf, 0.0);
        }

        @Override
        public Map<String, Object> alsRapport() {
            return Map.of("rate", ZO_SNEL_MOGELIJK);
        }

        @Override
        public String omschrijving() {
            return ZO_SNEL_MOGELIJK;
        }
    }

    /** {@code --rate=R}: the same persons per second in every wave. */
    record Vast(double personenPerSeconde) implements Belasting {
        public Vast {
            if (!(personenPerSeconde > 0) || Double.isInfinite(personenPerSeconde)) {
                throw new IllegalArgumentException("--rate must be more than 0: " + personenPerSeconde);
            }
        }

        @Override
        public double rate(String golf) {
            return bekend(golf, personenPerSeconde);
        }

        @Override
        public Map<String, Object> alsRapport() {
            return Map.of("rate", personenPerSeconde);
        }

        @Override
        public String omschrijving() {
            return "at " + personenPerSeconde + "/s";
        }
    }

    /**
     * {@code --belasting=F --verzadiging=PATH}: per wave F times the rate at which the chain delivered that wave in the
     * saturation run of PATH.
     *
     * @param rates per wave of {@link #GOLVEN}, persons per second
     */
    record PerGolf(double fractie, Path verzadiging, Map<String, Double> rates) implements Belasting {
        public PerGolf {
            rates = Map.copyOf(rates);
        }

        @Override
        public double rate(String golf) {
            return bekend(golf, rates.get(golf));
        }

        @Override
        public Map<String, Object> alsRapport() {
            Map<String, Object> perGolf = new LinkedHashMap<>();
            GOLVEN.forEach(g -> perGolf.put(g, KetenBenchmark.rond(rates.get(g), 3)));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rate", perGolf);
            m.put("belasting", fractie);
            m.put("verzadiging", verzadiging.toString());
            return m;
        }

        @Override
        public String omschrijving() {
            return "at " + fractie + " of the saturation of " + verzadiging;
        }
    }

    /**
     * Per wave {@code fractie} × personen / afgeleverdNaSeconden of that wave in {@code keten.golven} of the report,
     * i.e. of the rate at which the chain delivered it. Refuses a report of a run with a rate (it did not saturate the
     * chain), and one without every wave or with a wave it cannot give a rate of, naming each: no wave silently falls
     * back to another rate.
     */
    static PerGolf uitVerzadiging(double fractie, Path rapport) {
        if (!(fractie > 0 && fractie <= 1)) {
            throw new IllegalArgumentException("--belasting must be a fraction more than 0 and at most 1: " + fractie);
        }
        JsonNode json;
        try {
            json = JsonMapper.builder().build().readTree(Files.readString(rapport));
        } catch (IOException | JacksonException e) {
            throw new IllegalArgumentException("--verzadiging: cannot read the saturation report " + rapport + ": "
                    + e.getMessage(), e);
        }
        JsonNode rate = json.path("instellingen").path("rate");
        if (!rate.isString() || !ZO_SNEL_MOGELIJK.equals(rate.stringValue())) {
            throw new IllegalArgumentException("--verzadiging: " + rapport + " is not a saturation run: its "
                    + "instellingen.rate is " + (rate.isMissingNode() ? "missing" : rate.toString()) + ", not \""
                    + ZO_SNEL_MOGELIJK + "\" (run it without --rate and --belasting)");
        }
        JsonNode golven = json.path("keten").path("golven");
        if (!golven.isArray()) {
            throw new IllegalArgumentException("--verzadiging: " + rapport + " has no keten.golven");
        }
        Map<String, JsonNode> perGolf = new LinkedHashMap<>();
        for (JsonNode golf : golven) {
            perGolf.putIfAbsent(golf(golf.path("golf").asString("")), golf);
        }
        List<String> ontbreekt = new ArrayList<>();
        List<String> zonderRate = new ArrayList<>();
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String id : GOLVEN) {
            JsonNode golf = perGolf.get(id);
            if (golf == null) {
                ontbreekt.add(id);
                continue;
            }
            double personen = golf.path("personen").asDouble(0);
            double seconden = golf.path("afgeleverdNaSeconden").asDouble(0);
            if (!(personen > 0 && seconden > 0)) {
                // a wave nobody went through, or one delivered within the report's rounding, has no measured capacity
                zonderRate.add(id + " (" + golf.path("personen") + " persons, delivered after "
                        + golf.path("afgeleverdNaSeconden") + " s)");
                continue;
            }
            rates.put(id, fractie * personen / seconden);
        }
        List<String> problemen = new ArrayList<>();
        if (!ontbreekt.isEmpty()) {
            problemen.add("it has no wave " + String.join(", ", ontbreekt) + " in keten.golven");
        }
        if (!zonderRate.isEmpty()) {
            problemen.add("it gives no saturation rate of wave " + String.join(", ", zonderRate));
        }
        if (!problemen.isEmpty()) {
            throw new IllegalArgumentException("--verzadiging: " + rapport + " cannot set the rate of every wave ("
                    + String.join(", ", GOLVEN) + "): " + String.join("; ", problemen));
        }
        return new PerGolf(fractie, rapport, rates);
    }

    /** The id of a wave from its label in the report: "3a (§4: brede intake ...)" is 3a. */
    static String golf(String label) {
        int haakje = label.indexOf(" (");
        return (haakje < 0 ? label : label.substring(0, haakje)).trim();
    }

    /** The persons per second per wave for the console: "1 3.21, 2 1.05, 3a ...". */
    default String ratesPerGolf() {
        return GOLVEN.stream().map(g -> g + " " + String.format(Locale.ROOT, "%.2f", rate(g)))
                .collect(Collectors.joining(", "));
    }

    private static double bekend(String golf, Double rate) {
        if (!GOLVEN.contains(golf) || rate == null) {
            throw new IllegalArgumentException("no wave " + golf + " (the waves: " + String.join(", ", GOLVEN) + ")");
        }
        return rate;
    }
}
