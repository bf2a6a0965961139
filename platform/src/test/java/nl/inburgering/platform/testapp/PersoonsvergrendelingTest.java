package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.test.TestBsn;

/**
 * Issue 17: a transaction that already holds a person's lock asks the database nothing when a nested use case or a
 * later event of the same poll asks for it again; another person, or the next transaction, is locked as before.
 */
@PlatformIntegratieTest
class PersoonsvergrendelingTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Pseudoniem pseudoniem;

    private final AtomicInteger sloten = new AtomicInteger();

    @Test
    void wie_het_slot_van_een_persoon_al_heeft_vraagt_het_niet_nog_eens_een_ander_en_de_volgende_transactie_wel() {
        DataSource geteld = telSloten(dataSource);
        Persoonsvergrendeling vergrendeling = new Persoonsvergrendeling(JdbcClient.create(geteld), pseudoniem);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(geteld));
        String bsn = TestBsn.nieuw();
        String ander = TestBsn.nieuw();

        transaction.executeWithoutResult(s -> {
            vergrendeling.vergrendel(bsn);
            vergrendeling.vergrendel(bsn);
            vergrendeling.vergrendel(ander);
            vergrendeling.vergrendel(bsn);
        });
        assertThat(sloten.get()).isEqualTo(2);

        transaction.executeWithoutResult(s -> vergrendeling.vergrendel(bsn));
        assertThat(sloten.get()).isEqualTo(3);
    }

    /** The data source, counting the statements that take an advisory lock. */
    private DataSource telSloten(DataSource echt) {
        return new DelegatingDataSource(echt) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection verbinding = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] { Connection.class }, (proxy, methode, args) -> {
                            if (methode.getName().equals("prepareStatement") && args != null
                                    && String.valueOf(args[0]).contains("pg_advisory_xact_lock")) {
                                sloten.incrementAndGet();
                            }
                            try {
                                return methode.invoke(verbinding, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
