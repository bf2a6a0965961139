package nl.inburgering.platform.migratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Migratievolgorde;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ModuleMigratiesTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String VORIGE_RELEASE = "classpath:db/migratietest/release1";
    private static final String DEZE_RELEASE = "classpath:db/migratietest/release2";
    private static final List<String> PLATFORM_MET_NIEUWE_MIGRATIE =
            List.of(ModuleMigraties.PLATFORM_LOCATIE, "classpath:db/migratietest/platform-volgend");

    @Test
    void een_database_van_de_vorige_release_krijgt_de_nieuwe_migraties_van_platform_en_dienst_zonder_outOfOrder() {
        DriverManagerDataSource db = nieuweDatabase();
        // The previous release: platform V1-V11 and the service's V100 in one shared history.
        Flyway.configure().dataSource(db).locations(ModuleMigraties.PLATFORM_LOCATIE, VORIGE_RELEASE).load().migrate();

        new ModuleMigraties(PLATFORM_MET_NIEUWE_MIGRATIE).migrate(dienst(db));

        JdbcClient jdbc = JdbcClient.create(db);
        assertThat(versies(jdbc, ModuleMigraties.PLATFORM_HISTORIE)).containsExactly("11", "99");
        assertThat(versies(jdbc, "flyway_schema_history")).containsExactly("100", "101");
        assertThat(jdbc.sql("select count(*) from platform_nieuw").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from dossier where notitie is null").query(Long.class).single()).isZero();
    }

    @Test
    void een_tweede_start_na_de_overname_verandert_niets() {
        DriverManagerDataSource db = nieuweDatabase();
        Flyway.configure().dataSource(db).locations(ModuleMigraties.PLATFORM_LOCATIE, VORIGE_RELEASE).load().migrate();
        new ModuleMigraties(PLATFORM_MET_NIEUWE_MIGRATIE).migrate(dienst(db));

        new ModuleMigraties(PLATFORM_MET_NIEUWE_MIGRATIE).migrate(dienst(db));

        JdbcClient jdbc = JdbcClient.create(db);
        assertThat(versies(jdbc, ModuleMigraties.PLATFORM_HISTORIE)).containsExactly("11", "99");
        assertThat(versies(jdbc, "flyway_schema_history")).containsExactly("100", "101");
    }

    @Test
    void een_lege_database_krijgt_elke_module_vanaf_het_begin_in_haar_eigen_historie() {
        DriverManagerDataSource db = nieuweDatabase();

        new ModuleMigraties(PLATFORM_MET_NIEUWE_MIGRATIE).migrate(dienst(db));

        JdbcClient jdbc = JdbcClient.create(db);
        assertThat(versies(jdbc, ModuleMigraties.PLATFORM_HISTORIE))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "99");
        assertThat(versies(jdbc, "flyway_schema_history")).containsExactly("100", "101");
    }

    @Test
    void een_dienst_die_de_platformmigraties_in_zijn_eigen_locaties_noemt_start_niet() {
        DriverManagerDataSource db = nieuweDatabase();
        Flyway gedeeld = Flyway.configure().dataSource(db)
                .locations(ModuleMigraties.PLATFORM_LOCATIE, VORIGE_RELEASE).load();

        assertThatThrownBy(() -> new ModuleMigraties().migrate(gedeeld))
                .hasMessageContaining("spring.flyway.locations noemt de platformmigraties");
    }

    @Test
    void de_platformmigraties_staan_in_volgorde_in_hun_volgordebestand() {
        assertThat(Migratievolgorde.problemen(Path.of("src/main/resources/db/platform"))).isEmpty();
        assertThat(Migratievolgorde.problemen(Path.of("src/test/resources/db/platformtest"))).isEmpty();
    }

    @Test
    void een_dubbele_of_te_lage_versie_en_een_vergeten_bestand_worden_genoemd() {
        assertThat(Migratievolgorde.problemen(Path.of("src/test/resources/db/migratietest/ongeordend")))
                .anySatisfy(p -> assertThat(p).contains("V3__later_toegevoegd.sql").contains("niet hoger dan 5"))
                .anySatisfy(p -> assertThat(p).contains("V5__dubbel.sql").contains("twee keer"))
                .anySatisfy(p -> assertThat(p).contains("V9__niet_genoemd.sql"));
    }

    private static Flyway dienst(DriverManagerDataSource db) {
        return Flyway.configure().dataSource(db).locations(VORIGE_RELEASE, DEZE_RELEASE).load();
    }

    private static List<String> versies(JdbcClient jdbc, String historie) {
        return jdbc.sql("select version from " + historie + " where version is not null and version <> '0'"
                + " order by installed_rank").query(String.class).list();
    }

    private static DriverManagerDataSource nieuweDatabase() {
        String url = KetenTestInfrastructuur.database("migratie_" + DATABASES.incrementAndGet() + "_"
                + ProcessHandle.current().pid());
        return new DriverManagerDataSource(url, "postgres", "postgres");
    }
}
