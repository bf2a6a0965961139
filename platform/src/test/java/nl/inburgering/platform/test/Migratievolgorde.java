package nl.inburgering.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The order of one module's Flyway migrations, kept in a file {@value #VOLGORDE} next to them: one file name per
 * line, in the order they were added. A test holds the directory to it: every migration is listed, no version
 * twice, each a higher version than all before it. Two branches that each add a migration both append to the last
 * line, so git shows the collision at merge time instead of Flyway at deploy time (duplicate version, or a version
 * below one already applied, which {@code outOfOrder=false} refuses on an existing database).
 */
public final class Migratievolgorde {

    public static final String VOLGORDE = "migraties.volgorde";
    private static final Pattern NAAM = Pattern.compile("V(\\d+)__[a-z0-9]+(_[a-z0-9]+)*\\.sql");

    private Migratievolgorde() {
    }

    /** The problems of the migrations in {@code map}; empty when they are in order. */
    public static List<String> problemen(Path map) {
        List<String> problemen = new ArrayList<>();
        List<String> volgorde = lees(map.resolve(VOLGORDE));
        Set<String> bestanden = bestanden(map);
        if (!new TreeSet<>(volgorde).equals(bestanden)) {
            problemen.add(VOLGORDE + " noemt " + volgorde + " maar de map heeft " + bestanden);
        }
        long vorige = -1;
        Set<Long> gezien = new TreeSet<>();
        for (String naam : volgorde) {
            Matcher m = NAAM.matcher(naam);
            if (!m.matches()) {
                problemen.add(naam + " heet niet V<n>__<omschrijving>.sql (kleine letters, underscores)");
                continue;
            }
            long versie = Long.parseLong(m.group(1));
            if (!gezien.add(versie)) {
                problemen.add(naam + ": versie " + versie + " komt twee keer voor");
            } else if (versie <= vorige) {
                problemen.add(naam + ": versie " + versie + " is niet hoger dan " + vorige
                        + " ervoor; een bestaande database weigert hem (outOfOrder=false)");
            }
            vorige = Math.max(vorige, versie);
        }
        return problemen;
    }

    private static List<String> lees(Path bestand) {
        try {
            return Files.readAllLines(bestand).stream().map(String::strip)
                    .filter(r -> !r.isEmpty() && !r.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("geen " + bestand, e);
        }
    }

    private static Set<String> bestanden(Path map) {
        try (Stream<Path> paden = Files.list(map)) {
            return paden.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
