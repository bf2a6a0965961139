package nl.inburgering.instelling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.common.Contractpartij;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Seed §5.4, §15.5 at the instelling: the medewerker registers the inschrijving and uitschrijving of an inburgeraar,
 * which go to DUO as #20 (the test reads DUO's topic); only the own instelling's cursisten, only this role.
 */
class CursistenTest extends InstellingIntegratie {

    private static final String INSCHRIJVING_TOPIC = TopicCatalogue.INSCHRIJVING_BIJ_INSTELLING.name();

    private static <T extends org.apache.avro.specific.SpecificRecord> T naarDuo(String bsn, Class<T> soort,
            int aantal) {
        List<ConsumerRecord<String, byte[]>> records = TestPartner.wachtOp(kafka(), INSCHRIJVING_TOPIC,
                r -> TestPartner.bevat(r, bsn), aantal);
        return AvroCodec.decode(records.get(aantal - 1).value(), soort);
    }

    @Test
    void een_inschrijving_gaat_als_inburgeraar_ingeschreven_bij_instelling_naar_duo() throws Exception {
        String bsn = TestBsn.nieuw();

        schrijfIn(INSTELLING, inschrijving(bsn, AMSTERDAM))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/cursisten/")))
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.instellingsnummer").value(INSTELLING))
                .andExpect(jsonPath("$.contractpartij").value("GEMEENTE"))
                .andExpect(jsonPath("$.gemeentecode").value(AMSTERDAM))
                .andExpect(jsonPath("$.status").value("INGESCHREVEN"));

        InburgeraarIngeschrevenBijInstelling event = naarDuo(bsn, InburgeraarIngeschrevenBijInstelling.class, 1);
        assertThat(event.getInstellingsnummer()).isEqualTo(INSTELLING);
        assertThat(event.getLeerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(event.getTaalniveau()).isEqualTo(Examenniveau.B1);
        assertThat(event.getContractpartij()).isEqualTo(Contractpartij.GEMEENTE);
        assertThat(event.getGemeentecode()).isEqualTo(AMSTERDAM);
        assertThat(event.getDatumInschrijving()).isEqualTo(vandaag().minusDays(60));
        assertThat(event.getStartdatum()).isEqualTo(vandaag().minusDays(50));
        assertThat(event.getVerwachteEinddatum()).isEqualTo(vandaag().plusYears(1));
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "inschrijving-registreren", 1L);
    }

    @Test
    void een_tweede_open_inschrijving_bij_dezelfde_instelling_is_een_conflict_bij_een_andere_instelling_niet()
            throws Exception {
        String bsn = TestBsn.nieuw();
        cursist(INSTELLING, bsn, null);

        schrijfIn(INSTELLING, inschrijving(bsn, null))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", Matchers.containsString("al ingeschreven")));
        // §5.2: a gezinsmigrant may be ingeschreven at several instellingen
        schrijfIn(ANDERE_INSTELLING, inschrijving(bsn, null)).andExpect(status().isCreated());
        assertThat(verwerkingen(bsn)).containsEntry(ACTIVITEIT + "inschrijving-registreren", 2L);
    }

    @Test
    void een_inschrijving_vol_fouten_krijgt_een_400_met_elk_probleem() throws Exception {
        schrijfIn(INSTELLING, """
                {"bsn":"123456789","leerroute":"C_ROUTE","taalniveau":"C1","taalschakeltraject":true,
                 "contractpartij":"GEMEENTE","gemeentecode":"9999","datumInschrijving":"%s","startdatum":"%s",
                 "verwachteEinddatum":"%s"}
                """.formatted(vandaag().plusDays(1), vandaag(), vandaag().minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("bsn", "leerroute",
                        "taalniveau", "gemeentecode", "datumInschrijving", "startdatum", "verwachteEinddatum")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("123456789"))));
        schrijfIn(INSTELLING, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder("bsn", "leerroute",
                        "contractpartij", "datumInschrijving", "startdatum")))
                .andExpect(jsonPath("$.invalidParams[*].code", Matchers.everyItem(Matchers.is("required"))));
        schrijfIn(INSTELLING, "{\"bsn\":\"999990019\",\"instellingsnummer\":\"67890\"}")
                .andExpect(status().isBadRequest());
    }

    @Test
    void na_de_uitschrijving_hoort_duo_het_en_mag_hij_opnieuw_worden_ingeschreven() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);
        String uitschrijving = "{\"datumUitschrijving\":\"%s\",\"opleidingAfgerond\":true}".formatted(vandaag());

        stuur(INSTELLING, "/api/v1/cursisten/" + id + "/uitschrijving", uitschrijving)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UITGESCHREVEN"))
                .andExpect(jsonPath("$.datumUitschrijving").value(vandaag().toString()))
                .andExpect(jsonPath("$.opleidingAfgerond").value(true));

        InburgeraarUitgeschrevenBijInstelling event = naarDuo(bsn, InburgeraarUitgeschrevenBijInstelling.class, 2);
        assertThat(event.getInstellingsnummer()).isEqualTo(INSTELLING);
        assertThat(event.getDatumUitschrijving()).isEqualTo(vandaag());
        assertThat(event.getOpleidingAfgerond()).isTrue();
        stuur(INSTELLING, "/api/v1/cursisten/" + id + "/uitschrijving", uitschrijving)
                .andExpect(status().isConflict());
        schrijfIn(INSTELLING, inschrijving(bsn, null)).andExpect(status().isCreated());
    }

    @Test
    void een_uitschrijving_voor_de_inschrijving_of_in_de_toekomst_krijgt_een_400() throws Exception {
        String id = cursist(INSTELLING, TestBsn.nieuw(), null);

        stuur(INSTELLING, "/api/v1/cursisten/" + id + "/uitschrijving",
                "{\"datumUitschrijving\":\"%s\"}".formatted(vandaag().minusDays(61)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("datumUitschrijving", "opleidingAfgerond")));
        stuur(INSTELLING, "/api/v1/cursisten/" + id + "/uitschrijving",
                "{\"datumUitschrijving\":\"%s\",\"opleidingAfgerond\":false}".formatted(vandaag().plusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].code").value("future"));
    }

    @Test
    void de_lijst_toont_alleen_de_eigen_cursisten_nieuwste_eerst_per_pagina() throws Exception {
        String eerste = TestBsn.nieuw();
        String tweede = TestBsn.nieuw();
        String elders = TestBsn.nieuw();
        cursist(INSTELLING, eerste, null);
        cursist(INSTELLING, tweede, ROTTERDAM);
        cursist(ANDERE_INSTELLING, elders, null);

        vraag(INSTELLING, "/api/v1/cursisten?pagina=1&paginaGrootte=2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cursisten[*].bsn", Matchers.contains(tweede, eerste)))
                .andExpect(jsonPath("$.pagina").value(1))
                .andExpect(jsonPath("$.paginaGrootte").value(2))
                .andExpect(jsonPath("$.totaal", Matchers.greaterThanOrEqualTo(2)));
        vraag(INSTELLING, "/api/v1/cursisten?paginaGrootte=100")
                .andExpect(jsonPath("$.cursisten[*].bsn", Matchers.not(Matchers.hasItem(elders))));
        vraag(INSTELLING, "/api/v1/cursisten?pagina=0&paginaGrootte=101")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(verwerkingen(tweede)).containsKey(ACTIVITEIT + "cursisten-raadplegen");
    }

    @Test
    void een_cursist_van_een_andere_instelling_geeft_overal_404_net_als_een_onbekende() throws Exception {
        String bsn = TestBsn.nieuw();
        String id = cursist(INSTELLING, bsn, null);
        String pad = "/api/v1/cursisten/" + id;

        vraag(INSTELLING, pad).andExpect(status().isOk()).andExpect(jsonPath("$.bsn").value(bsn));
        for (String deel : List.of("", "/inspanningen", "/examenresultaten")) {
            vraag(ANDERE_INSTELLING, pad + deel)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(bsn))));
            vraag(INSTELLING, "/api/v1/cursisten/" + java.util.UUID.randomUUID() + deel)
                    .andExpect(status().isNotFound());
        }
        stuur(ANDERE_INSTELLING, pad + "/uitschrijving",
                "{\"datumUitschrijving\":\"%s\",\"opleidingAfgerond\":false}".formatted(vandaag()))
                .andExpect(status().isNotFound());
        stuur(ANDERE_INSTELLING, pad + "/inspanningen",
                "{\"peildatum\":\"%s\",\"urenAangeboden\":10,\"urenAanwezig\":8,\"urenOngeoorloofdVerzuim\":2}"
                        .formatted(vandaag()))
                .andExpect(status().isNotFound());
        vraag(INSTELLING, pad).andExpect(jsonPath("$.status").value("INGESCHREVEN"));
    }

    @Test
    void alleen_een_medewerker_van_een_instelling_die_deze_dienst_bedient_mag_erbij() throws Exception {
        for (Rol rol : List.of(Rol.GEMEENTE_KLANTMANAGER, Rol.DUO_BACKOFFICE, Rol.PARTNERSYSTEEM, Rol.BEHEERDER)) {
            String token = TestTokens.voor("instelling-service").rol(rol).gemeente(AMSTERDAM, "00000001002564440000")
                    .claim("instellingsnummer", INSTELLING).bearer();
            mvc.perform(get("/api/v1/cursisten").header("Authorization", token)).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/cursisten").header("Authorization", token)
                    .contentType(MediaType.APPLICATION_JSON).content(inschrijving(TestBsn.nieuw(), null)))
                    .andExpect(status().isForbidden());
        }
        String zonderInstelling = TestTokens.voor("instelling-service").rol(Rol.INSTELLING_MEDEWERKER)
                .oin("00000001854012345000").bearer();
        mvc.perform(get("/api/v1/cursisten").header("Authorization", zonderInstelling))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        vraag("55555", "/api/v1/cursisten").andExpect(status().isForbidden());
        schrijfIn("55555", inschrijving(TestBsn.nieuw(), null)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cursisten").param("instellingsnummer", ANDERE_INSTELLING)
                .header("Authorization", medewerker(INSTELLING))).andExpect(status().isBadRequest());
    }

    @Test
    void een_gemeente_zonder_topics_in_deze_keten_kan_geen_contractpartij_zijn() throws Exception {
        String bsn = TestBsn.nieuw();
        schrijfIn(INSTELLING, inschrijving(bsn, "9999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("gemeentecode"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("unknown"));
        assertThat(TestPartner.alles(kafka(), INSCHRIJVING_TOPIC, r -> TestPartner.bevat(r, bsn))).isEmpty();
    }
}
