package nl.inburgering.duo.vrijstelling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class VrijstellingPolicyTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Test
    void een_gehele_vrijstelling_om_een_diploma_of_voldoende_inburgering_wordt_toegekend() {
        for (RedenVrijstelling reden : List.of(RedenVrijstelling.AVI, RedenVrijstelling.DIP, RedenVrijstelling.DOC,
                RedenVrijstelling.INB)) {
            assertThat(VrijstellingPolicy.bezwaren(geheel(reden), false)).as(reden.name()).isEmpty();
        }
    }

    @Test
    void een_gehele_vrijstelling_om_een_reden_van_een_andere_soort_wordt_geweigerd() {
        assertThat(VrijstellingPolicy.bezwaren(geheel(RedenVrijstelling.GED), false)).extracting(Bezwaar::veld)
                .containsExactly("reden");
        assertThat(VrijstellingPolicy.bezwaren(geheel(RedenVrijstelling.INS), false)).extracting(Bezwaar::veld)
                .containsExactly("reden");
    }

    @Test
    void een_tijdelijke_vrijstelling_op_verzoek_is_er_om_een_inschrijving_met_een_periode() {
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.INS, START, START.plusYears(1)), false))
                .isEmpty();
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.INS, null, START), false))
                .extracting(Bezwaar::veld).containsExactly("startdatum");
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.INS, START, START.minusDays(1)), false))
                .extracting(Bezwaar::veld).containsExactly("einddatum");
    }

    @Test
    void de_ambtshalve_tijdelijke_vrijstelling_om_een_vervolgopleiding_is_geen_beslissing_op_een_aanvraag() {
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.OPL, START, START.plusYears(1)), false))
                .extracting(Bezwaar::veld).containsExactly("reden");
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.OPL, START, START.plusYears(1)), true))
                .isEmpty();
        assertThat(VrijstellingPolicy.bezwaren(tijdelijk(RedenVrijstelling.INS, START, START.plusYears(1)), true))
                .extracting(Bezwaar::veld).containsExactly("reden");
    }

    @Test
    void een_gedeeltelijke_vrijstelling_noemt_haar_onderdelen_elk_een_keer_en_duo_kent_haar_nooit_ambtshalve_toe() {
        Besluit le = gedeeltelijk(new VrijgesteldOnderdeel(Examenonderdeel.LE, Examenniveau.B1));
        assertThat(VrijstellingPolicy.bezwaren(le, false)).isEmpty();
        assertThat(VrijstellingPolicy.bezwaren(gedeeltelijk(), false)).extracting(Bezwaar::veld)
                .containsExactly("onderdelen");
        assertThat(VrijstellingPolicy.bezwaren(gedeeltelijk(new VrijgesteldOnderdeel(Examenonderdeel.LE,
                Examenniveau.B1), new VrijgesteldOnderdeel(Examenonderdeel.LE, Examenniveau.A2)), false))
                .extracting(Bezwaar::veld).containsExactly("onderdelen");
        assertThat(VrijstellingPolicy.bezwaren(le, true)).extracting(Bezwaar::veld).contains("soort");
    }

    @Test
    void een_afwijzing_vraagt_geen_onderdelen_of_periode() {
        assertThat(VrijstellingPolicy.bezwaren(new Besluit(Oordeel.AFWIJZING, Vrijstellingsoort.GEDEELTELIJK,
                RedenVrijstelling.GED, List.of(), null, null), false)).isEmpty();
        assertThat(VrijstellingPolicy.bezwaren(new Besluit(Oordeel.AFWIJZING, Vrijstellingsoort.TIJDELIJK,
                RedenVrijstelling.INS, List.of(), null, null), false)).isEmpty();
    }

    @Test
    void een_gehele_vrijstelling_heeft_geen_onderdelen_of_periode() {
        assertThat(VrijstellingPolicy.bezwaren(new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.GEHEEL,
                RedenVrijstelling.DIP, List.of(new VrijgesteldOnderdeel(Examenonderdeel.LE, Examenniveau.B1)), START,
                null), false)).extracting(Bezwaar::veld).containsExactlyInAnyOrder("onderdelen", "startdatum");
    }

    @Test
    void een_onderdeel_vrijgesteld_op_a2_dekt_dat_onderdeel_van_een_route_op_b1_niet() {
        List<VrijgesteldOnderdeel> onderdelen = List.of(new VrijgesteldOnderdeel(Examenonderdeel.LE, Examenniveau.A2),
                new VrijgesteldOnderdeel(Examenonderdeel.SP, Examenniveau.B1));

        assertThat(VrijstellingPolicy.vervallen(onderdelen, Examenniveau.B1)).containsExactly(Examenonderdeel.SP);
        assertThat(VrijstellingPolicy.vervallen(onderdelen, Examenniveau.A2))
                .containsExactlyInAnyOrder(Examenonderdeel.LE, Examenonderdeel.SP);
        assertThat(VrijstellingPolicy.vervallen(onderdelen, null)).containsExactly(Examenonderdeel.SP);
    }

    @Test
    void de_plicht_staat_stil_van_het_begin_van_de_tijdelijke_vrijstelling_tot_zij_hervat() {
        assertThat(VrijstellingPolicy.dagenStilstand(START, START.plusDays(30))).isEqualTo(30);
        assertThat(VrijstellingPolicy.dagenStilstand(START, START.minusDays(3))).isZero();
    }

    @Test
    void ambtshalve_vrijgesteld_is_wie_een_diploma_in_duos_register_heeft_en_tijdelijk_wie_een_vervolgopleiding_volgt() {
        Registratie diploma = new Registratie(Registerfeit.DIPLOMA, START.minusYears(3), null);
        Registratie wi2013 = new Registratie(Registerfeit.INBURGERINGSDIPLOMA_WI2013, START.minusYears(5), null);
        Registratie opleiding = new Registratie(Registerfeit.INSCHRIJVING_VERVOLGOPLEIDING, START.minusMonths(1),
                START.plusYears(2));

        assertThat(VrijstellingPolicy.ambtshalve(List.of(opleiding, wi2013, diploma), START)).get()
                .extracting(Besluit::soort, Besluit::reden).containsExactly(Vrijstellingsoort.GEHEEL,
                        RedenVrijstelling.DIP);
        assertThat(VrijstellingPolicy.ambtshalve(List.of(opleiding), START)).get()
                .isEqualTo(new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.TIJDELIJK, RedenVrijstelling.OPL,
                        List.of(), START, START.plusYears(2)));
        assertThat(VrijstellingPolicy.bezwaren(VrijstellingPolicy.ambtshalve(List.of(opleiding), START).orElseThrow(),
                true)).isEmpty();
    }

    @Test
    void geen_ambtshalve_vrijstelling_om_een_later_diploma_of_een_afgelopen_inschrijving() {
        assertThat(VrijstellingPolicy.ambtshalve(List.of(new Registratie(Registerfeit.DIPLOMA, START.plusDays(1),
                null), new Registratie(Registerfeit.INSCHRIJVING_VERVOLGOPLEIDING, START.minusYears(4),
                        START.minusDays(1))), START)).isEmpty();
        assertThat(VrijstellingPolicy.ambtshalve(List.of(), START)).isEmpty();
    }

    private static Besluit geheel(RedenVrijstelling reden) {
        return new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.GEHEEL, reden, List.of(), null, null);
    }

    private static Besluit tijdelijk(RedenVrijstelling reden, LocalDate start, LocalDate einde) {
        return new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.TIJDELIJK, reden, List.of(), start, einde);
    }

    private static Besluit gedeeltelijk(VrijgesteldOnderdeel... onderdelen) {
        return new Besluit(Oordeel.TOEKENNING, Vrijstellingsoort.GEDEELTELIJK, RedenVrijstelling.GED,
                List.of(onderdelen), null, null);
    }
}
