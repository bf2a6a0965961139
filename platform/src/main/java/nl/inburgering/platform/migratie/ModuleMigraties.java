package nl.inburgering.platform.migratie;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two schema histories per database: the platform's tables ({@code db/platform}, history
 * {@value #PLATFORM_HISTORIE}) and the service's own ({@code db/<service>}, Flyway's default history). Each numbers
 * its migrations on its own, so a platform migration added after the service's V112 is not "out of order" and never
 * collides with a feature's (the trap of platform V3/V4 after V100 in one sequence).
 *
 * <p>A database of an earlier release has the platform's migrations in the service's history. The first start moves
 * them: the platform history is baselined at the highest platform version found there, and those rows leave the
 * service's history. Both steps are idempotent, so a crash between them is repaired by the next start.
 */
public class ModuleMigraties implements FlywayMigrationStrategy {

    public static final String PLATFORM_HISTORIE = "platform_schema_history";
    public static final String PLATFORM_LOCATIE = "classpath:db/platform";

    private final List<String> platformLocaties;

    public ModuleMigraties(List<String> platformLocaties) {
        this.platformLocaties = List.copyOf(platformLocaties);
    }

    public ModuleMigraties() {
        this(List.of(PLATFORM_LOCATIE));
    }

    @Override
    public void migrate(Flyway dienst) {
        weigerPlatformLocatieInDienst(dienst);
        Flyway platform = Flyway.configure(dienst.getConfiguration().getClassLoader())
                .configuration(dienst.getConfiguration())
                .locations(platformLocaties.toArray(String[]::new))
                .table(PLATFORM_HISTORIE)
                .load();
        neemPlatformHistorieOver(platform, dienst);
        naastElkaar(platform).migrate();
        naastElkaar(dienst).migrate();
    }

    /**
     * The two histories share one schema, so each finds the other's tables: a module without a history yet starts
     * from an empty baseline (version 0) and applies all of its own migrations, instead of refusing a non-empty
     * schema.
     */
    private static Flyway naastElkaar(Flyway module) {
        return Flyway.configure(module.getConfiguration().getClassLoader()).configuration(module.getConfiguration())
                .baselineOnMigrate(true).baselineVersion("0").baselineDescription("lege module").load();
    }

    private void weigerPlatformLocatieInDienst(Flyway dienst) {
        boolean gedeeld = Arrays.stream(dienst.getConfiguration().getLocations())
                .anyMatch(l -> platformLocaties.stream().anyMatch(p -> p.endsWith(l.getPath())));
        if (gedeeld) {
            throw new IllegalStateException("spring.flyway.locations noemt de platformmigraties; die hebben hun eigen "
                    + "historie (" + PLATFORM_HISTORIE + "): laat alleen db/<dienst> staan");
        }
    }

    private void neemPlatformHistorieOver(Flyway platform, Flyway dienst) {
        DataSource dataSource = dienst.getConfiguration().getDataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String dienstHistorie = dienst.getConfiguration().getTable();
        if (!bestaat(dataSource, dienstHistorie)) {
            return; // a new database: nothing to take over
        }
        Set<String> platformScripts = Arrays.stream(platform.info().all())
                .map(MigrationInfo::getScript).collect(Collectors.toSet());
        List<String> overgenomen = jdbc.queryForList("select version from " + dienstHistorie
                + " where version is not null and success and script in (" + inLijst(platformScripts) + ")",
                String.class, platformScripts.toArray());
        if (overgenomen.isEmpty()) {
            return;
        }
        if (!bestaat(dataSource, PLATFORM_HISTORIE)) {
            MigrationVersion hoogste = overgenomen.stream().map(MigrationVersion::fromVersion)
                    .max(MigrationVersion::compareTo).orElseThrow();
            Flyway.configure(dienst.getConfiguration().getClassLoader()).configuration(platform.getConfiguration())
                    .baselineVersion(hoogste)
                    .baselineDescription("platformmigraties overgenomen uit " + dienstHistorie)
                    .load().baseline();
        }
        jdbc.update("delete from " + dienstHistorie + " where script in (" + inLijst(platformScripts) + ")",
                platformScripts.toArray());
    }

    private static String inLijst(Set<String> waarden) {
        return waarden.isEmpty() ? "null" : waarden.stream().map(w -> "?").collect(Collectors.joining(", "));
    }

    private static boolean bestaat(DataSource dataSource, String tabel) {
        try (Connection connection = dataSource.getConnection();
                var tabellen = connection.getMetaData().getTables(null, connection.getSchema(), tabel, null)) {
            return tabellen.next();
        } catch (SQLException e) {
            throw new IllegalStateException("kon de schemahistorie niet lezen", e);
        }
    }
}
