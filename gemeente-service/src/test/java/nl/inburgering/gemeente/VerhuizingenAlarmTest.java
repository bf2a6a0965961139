package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.micrometer.core.instrument.MeterRegistry;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/** Issue 11, item 11: a gemeente that registers many verhuizingen into its own gemeente raises an alarm. */
@SpringBootTest(properties = { "spring.config.name=gemeente-service",
        "keten.gemeente.brp.verhuizingen-alarm.aantal=3", "keten.gemeente.brp.verhuizingen-alarm.venster=PT1H" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class VerhuizingenAlarmTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String ALARM = "ALARM brp-verhuizingen: gemeente 0599 registreerde 3 verhuizingen binnen PT1H";

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry metrieken;

    private static String brpSysteem(String gemeentecode, String oin) {
        return TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer();
    }

    private ResultActions ingeschrevenInAmsterdam(String bsn) throws Exception {
        return mvc.perform(post("/api/v1/brp/inschrijvingen")
                .header("Authorization", brpSysteem(AMSTERDAM, "00000001002564440000"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumInschrijving":"2026-09-01","geboortedatum":"1994-03-08"}
                        """.formatted(bsn)));
    }

    private ResultActions rotterdamRegistreertVerhuizing(String bsn) throws Exception {
        return mvc.perform(post("/api/v1/brp/verhuizingen")
                .header("Authorization", brpSysteem(ROTTERDAM, "00000001002220647000"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumVerhuizing":"2026-10-01"}
                        """.formatted(bsn)));
    }

    private double geteld(String gemeentecode) {
        var teller = metrieken.find("keten.brp.verhuizingen").tag("gemeente", gemeentecode).counter();
        return teller == null ? 0 : teller.count();
    }

    @Test
    void een_gemeente_die_de_drempel_aan_verhuizingen_bereikt_geeft_een_alarm_zonder_bsn(CapturedOutput uitvoer)
            throws Exception {
        List<String> bsns = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String bsn = TestBsn.nieuw();
            bsns.add(bsn);
            ingeschrevenInAmsterdam(bsn).andExpect(status().isCreated());
        }
        // a refused verhuizing (not ingeschreven) does not count
        rotterdamRegistreertVerhuizing(TestBsn.nieuw()).andExpect(status().isConflict());

        rotterdamRegistreertVerhuizing(bsns.get(0)).andExpect(status().isCreated());
        rotterdamRegistreertVerhuizing(bsns.get(1)).andExpect(status().isCreated());
        assertThat(geteld(ROTTERDAM)).isEqualTo(2);
        assertThat(uitvoer.getOut()).doesNotContain("ALARM brp-verhuizingen");

        rotterdamRegistreertVerhuizing(bsns.get(2)).andExpect(status().isCreated());

        assertThat(geteld(ROTTERDAM)).isEqualTo(3);
        assertThat(uitvoer.getOut()).contains(ALARM);
        String alarmregel = uitvoer.getOut().lines().filter(r -> r.contains(ALARM)).findFirst().orElseThrow();
        assertThat(bsns).allSatisfy(bsn -> assertThat(alarmregel).doesNotContain(bsn));
        assertThat(uitvoer.getOut().lines().filter(r -> r.contains("ALARM brp-verhuizingen")).count())
                .as("een alarm per venster").isEqualTo(1);
        assertThat(geteld(AMSTERDAM)).isZero();
    }
}
