package nl.inburgering.keten.local;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

    @Test
    void creates_the_five_databases_reachable_as_postgres_with_password_postgres() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.startTemporary()) {
            List<String> databases = new ArrayList<>();
            try (Connection c = postgres.connect("postgres");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
            }
            assertThat(databases).containsAll(LocalPostgres.DATABASES);
            assertThat(postgres.jdbcUrl("gemeente")).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/gemeente");
            try (Connection c = postgres.connect("gemeente")) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
    }

    @Test
    void refuses_a_wrong_password_also_after_a_restart_and_listens_on_localhost_only(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("pgdata");
        for (int start = 1; start <= 2; start++) {
            try (LocalPostgres postgres = LocalPostgres.start(0, data)) {
                assertThatThrownBy(() -> java.sql.DriverManager.getConnection(postgres.jdbcUrl("gemeente"),
                        LocalPostgres.USERNAME, "geraden")).as("start " + start)
                        .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password authentication failed");
                try (Connection c = postgres.connect("gemeente"); Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("localhost");
                }
            }
        }
    }

    @Test
    void keeps_its_data_across_a_restart_with_the_same_directory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pgdata");
        try (LocalPostgres first = LocalPostgres.start(0, data);
             Connection c = first.connect("duo");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (naam text)");
            s.execute("INSERT INTO kept VALUES ('survives a restart')");
        }

        try (LocalPostgres second = LocalPostgres.start(0, data);
             Connection c = second.connect("duo");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT naam FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives a restart");
        }
    }

    @Test
    void an_immediate_stop_cuts_off_its_clients_and_after_starting_again_every_committed_row_is_there(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("pgdata");
        try (LocalPostgres postgres = LocalPostgres.start(0, data)) {
            int port = postgres.port();
            Connection open = postgres.connect("duo");
            try (Connection c = postgres.connect("duo"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE toegezegd (nummer int)");
                for (int i = 1; i <= 500; i++) {
                    s.execute("INSERT INTO toegezegd VALUES (" + i + ")"); // each its own commit, acknowledged
                }
            }

            postgres.stopImmediately();

            assertThat(postgres.isRunning()).isFalse();
            assertThatThrownBy(() -> open.createStatement().execute("SELECT 1"))
                    .as("a connection of before the stop is cut off").isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> postgres.connect("duo")).isInstanceOf(java.sql.SQLException.class);

            postgres.startAgain();

            assertThat(postgres.isRunning()).isTrue();
            assertThat(postgres.port()).isEqualTo(port);
            try (Connection c = postgres.connect("duo"); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), max(nummer) FROM toegezegd")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every acknowledged commit survives the crash").isEqualTo(500);
                assertThat(rs.getInt(2)).isEqualTo(500);
            }
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(postgres.jdbcUrl("duo"),
                    LocalPostgres.USERNAME, "geraden")).isInstanceOf(java.sql.SQLException.class);
        }
    }
}
