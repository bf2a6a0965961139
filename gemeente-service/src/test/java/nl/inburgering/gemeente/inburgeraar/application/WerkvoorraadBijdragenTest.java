package nl.inburgering.gemeente.inburgeraar.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.WerkvoorraadKandidaten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The chapters' columns on the werkvoorraad: each chapter is asked once per page, for everyone on it. */
class WerkvoorraadBijdragenTest {

    private static final java.time.Clock KLOK = java.time.Clock.systemUTC();

    private static final String AMSTERDAM = "0363";
    private static final Bsn EERSTE = Bsn.of("999990019");
    private static final Bsn TWEEDE = Bsn.of("999993653");

    private final InburgeraarRepository inburgeraars = mock(InburgeraarRepository.class);
    private final BeschikkingVoldaanRepository voldaan = mock(BeschikkingVoldaanRepository.class);
    private final WerkvoorraadKandidaten kandidaten = mock(WerkvoorraadKandidaten.class);
    private final Persoonsverwerking verwerking = new Persoonsverwerking(mock(Persoonsvergrendeling.class),
            mock(Logboek.class), mock(Outbox.class), Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"),
                    ZoneId.of("Europe/Amsterdam")));

    /** A chapter that fills one column for the first person only, and counts how often it is asked. */
    private static final class Hoofdstuk implements WerkvoorraadBijdrage {

        private final String kolom;
        private final List<Collection<Bsn>> gevraagd = new ArrayList<>();

        Hoofdstuk(String kolom) {
            this.kolom = kolom;
        }

        @Override
        public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
            gevraagd.add(List.copyOf(bsns));
            Map<String, Object> waarden = new HashMap<>();
            waarden.put(kolom, kolom + " van de eerste");
            return Map.of(EERSTE, waarden);
        }
    }

    private static InburgeraarEntity inburgeraar(Bsn bsn) {
        return new InburgeraarEntity(bsn.value(), AMSTERDAM, LocalDate.of(1990, 1, 1), "ASIELSTATUSHOUDER",
                "ASIELSTATUSHOUDER", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), false,
                Instant.parse("2026-11-02T10:00:00Z"));
    }

    private InburgeraarRaadplegen raadplegen(List<? extends WerkvoorraadBijdrage> bijdragen) {
        return new InburgeraarRaadplegen(inburgeraars, kandidaten,
                new Werkvoorraadregels(voldaan, List.copyOf(bijdragen), KLOK), verwerking);
    }

    @Test
    void elk_hoofdstuk_vult_zijn_kolommen_voor_een_hele_pagina_in_een_vraag() {
        when(inburgeraars.actiefVanafBegin(eq(AMSTERDAM), any(Pageable.class)))
                .thenReturn(List.of(inburgeraar(EERSTE), inburgeraar(TWEEDE)));
        Hoofdstuk pip = new Hoofdstuk("statusPip");
        Hoofdstuk bredeIntake = new Hoofdstuk("oproepen");

        List<Werkvoorraadregel> pagina = raadplegen(List.of(pip, bredeIntake)).werkvoorraad(AMSTERDAM, 1, 20).regels();

        assertThat(pip.gevraagd).containsExactly(List.of(EERSTE, TWEEDE));
        assertThat(bredeIntake.gevraagd).containsExactly(List.of(EERSTE, TWEEDE));
        assertThat(pagina.get(0).kolom("statusPip", String.class)).isEqualTo("statusPip van de eerste");
        assertThat(pagina.get(0).kolom("oproepen", String.class)).isEqualTo("oproepen van de eerste");
        assertThat(pagina.get(1).kolom("statusPip", String.class)).isNull();
    }

    @Test
    void een_lege_pagina_vraagt_de_hoofdstukken_niets() {
        when(inburgeraars.actiefVanafBegin(eq(AMSTERDAM), any(Pageable.class))).thenReturn(List.of());
        Hoofdstuk pip = new Hoofdstuk("statusPip");

        assertThat(raadplegen(List.of(pip)).werkvoorraad(AMSTERDAM, 1, 20)
                .regels()).isEmpty();
        assertThat(pip.gevraagd).isEmpty();
    }

    /** A chapter that gives the first person one signal. */
    private static WerkvoorraadBijdrage signalerend(Signaal signaal) {
        return (gemeentecode, bsns) -> Map.of(EERSTE, Map.of(WerkvoorraadBijdrage.SIGNALEN, List.of(signaal)));
    }

    @Test
    void de_signalen_van_de_hoofdstukken_komen_samen_oudste_eerst_en_het_filter_houdt_wie_er_een_heeft() {
        // the candidates of the signal index (decision 0046): the chapters still decide who carries the signal
        when(kandidaten.lees(eq(AMSTERDAM), eq("ACTIEF"), any(), any(), eq(false), any(), anyInt()))
                .thenReturn(List.of(inburgeraar(EERSTE), inburgeraar(TWEEDE)));
        Signaal boete = new Signaal(Signaalsoort.BOETE_OPGELEGD, LocalDate.of(2026, 11, 20));
        Signaal termijn = new Signaal(Signaalsoort.TERMIJN_OVERSCHREDEN, LocalDate.of(2026, 11, 1));

        List<Werkvoorraadregel> pagina = raadplegen(List.of(signalerend(boete), signalerend(termijn)))
                .werkvoorraad(AMSTERDAM, new Werkvoorraadvraag(1, 20, Werkvoorraadvraag.Status.ACTIEF,
                        java.util.Set.of(Signaalsoort.TERMIJN_OVERSCHREDEN), Werkvoorraadvraag.Sortering.NIEUWSTE_EERST))
                .regels();

        assertThat(pagina).hasSize(1);
        assertThat(pagina.get(0).inburgeraar().bsn()).isEqualTo(EERSTE);
        assertThat(pagina.get(0).signalen()).containsExactly(termijn, boete);
    }

    @Test
    void na_het_einde_van_de_plicht_vraagt_de_termijn_niets_meer() {
        InburgeraarEntity beeindigd = inburgeraar(EERSTE);
        beeindigd.beeindig(LocalDate.of(2026, 11, 20), "OVERLIJDEN", LocalDate.of(2026, 11, 20));
        when(inburgeraars.alleVanafBegin(eq(AMSTERDAM), any(Pageable.class))).thenReturn(List.of(beeindigd));

        List<Werkvoorraadregel> pagina = raadplegen(
                List.of(signalerend(new Signaal(Signaalsoort.TERMIJN_OVERSCHREDEN, LocalDate.of(2026, 11, 1)))))
                .werkvoorraad(AMSTERDAM, new Werkvoorraadvraag(1, 20, Werkvoorraadvraag.Status.ALLE,
                        java.util.Set.of(), Werkvoorraadvraag.Sortering.NIEUWSTE_EERST)).regels();

        assertThat(pagina.get(0).signalen()).isEmpty();
        assertThat(pagina.get(0).kolom(InburgeraarRaadplegen.STATUS_PLICHT, String.class)).isEqualTo("BEEINDIGD");
    }
}
