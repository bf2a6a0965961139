package nl.inburgering.duo.dossier.domain;

import nl.inburgering.duo.dossier.api.Doelgroep;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InburgeringsplichtPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);
    private static final PlichtRegels REGELS = PlichtRegels.van(18,
            Map.of(2024, Period.ofYears(67), 2028, Period.of(67, 3, 0)), Set.of("DE", "PL", "CH", "NO"));
    private final InburgeringsplichtPolicy policy = new InburgeringsplichtPolicy(REGELS);

    private static Verblijfsgegevens gegevens(Verblijfsdoel doel, boolean referentAsiel, String nationaliteit,
            LocalDate geboortedatum) {
        return new Verblijfsgegevens(doel, referentAsiel, nationaliteit, geboortedatum, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 15));
    }

    private Besluit beoordeel(Verblijfsdoel doel, LocalDate geboortedatum) {
        return policy.beoordeel(gegevens(doel, false, "SY", geboortedatum), VANDAAG);
    }

    @Test
    void een_gezinshereniger_van_30_is_inburgeringsplichtig_als_gezinsmigrant_vanaf_de_inschrijving() {
        Besluit besluit = beoordeel(Verblijfsdoel.GEZINSHERENIGING, LocalDate.of(1996, 5, 1));

        assertThat(besluit).isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15),
                GedetailleerdeDoelgroep.GEZINSHERENIGER));
        assertThat(GedetailleerdeDoelgroep.GEZINSHERENIGER.indeling())
                .isEqualTo(Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
    }

    @Test
    void asiel_geeft_de_doelgroep_asielstatushouder() {
        assertThat(beoordeel(Verblijfsdoel.ASIEL, LocalDate.of(1990, 1, 1)))
                .isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15), GedetailleerdeDoelgroep.ASIELSTATUSHOUDER));
    }

    @Test
    void gezinsvorming_met_een_asielstatushouder_als_referent_is_gezinsvormer_met_asielstatushouder() {
        Besluit besluit = policy.beoordeel(
                gegevens(Verblijfsdoel.GEZINSVORMING, true, "ER", LocalDate.of(1995, 1, 1)), VANDAAG);

        assertThat(besluit).isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15),
                GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER));
    }

    @Test
    void gezinshereniging_met_een_asielstatushouder_als_referent_is_gezinshereniger_met_asielstatushouder() {
        Besluit besluit = policy.beoordeel(
                gegevens(Verblijfsdoel.GEZINSHERENIGING, true, "ER", LocalDate.of(1995, 1, 1)), VANDAAG);

        assertThat(besluit).isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15),
                GedetailleerdeDoelgroep.GEZINSHERENIGER_MET_ASIELSTATUSHOUDER));
    }

    @Test
    void een_geestelijk_bedienaar_is_plichtig_als_overige_migrant() {
        assertThat(beoordeel(Verblijfsdoel.GEESTELIJK_BEDIENAAR, LocalDate.of(1980, 1, 1)))
                .isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15), GedetailleerdeDoelgroep.GEESTELIJK_BEDIENAAR));
    }

    @Test
    void een_ander_niet_tijdelijk_verblijfsdoel_is_plichtig_als_overig() {
        assertThat(beoordeel(Verblijfsdoel.OVERIG_NIET_TIJDELIJK, LocalDate.of(1980, 1, 1)))
                .isEqualTo(new Besluit.Plichtig(LocalDate.of(2026, 10, 15), GedetailleerdeDoelgroep.OVERIG));
    }

    @ParameterizedTest
    @EnumSource(value = Verblijfsdoel.class, names = { "STUDIE", "UITWISSELING", "ARBEID_IN_LOONDIENST",
            "ZELFSTANDIGE", "STAGIAIR", "KENNISMIGRANT", "EU_BLUE_CARD", "SEIZOENARBEID", "ZOEKJAAR_HOOGOPGELEIDEN",
            "ONDERZOEKER", "MEDISCHE_BEHANDELING", "TIJDELIJKE_HUMANITAIRE_GRONDEN", "GEZINSLID_BIJ_TIJDELIJK_DOEL",
            "ICT_RICHTLIJN" })
    void een_tijdelijk_verblijfsdoel_geeft_geen_inburgeringsplicht(Verblijfsdoel tijdelijk) {
        assertThat(beoordeel(tijdelijk, LocalDate.of(2000, 1, 1)))
                .isEqualTo(new Besluit.NietPlichtig(RedenNietPlichtig.TIJDELIJK_VERBLIJFSDOEL));
    }

    @ParameterizedTest
    @EnumSource(value = Verblijfsdoel.class, names = { "ASIEL", "GEZINSHERENIGING", "GEZINSVORMING",
            "GEESTELIJK_BEDIENAAR", "OVERIG_NIET_TIJDELIJK" })
    void elk_niet_tijdelijk_verblijfsdoel_leidt_tot_een_doelgroep(Verblijfsdoel doel) {
        assertThat(beoordeel(doel, LocalDate.of(2000, 1, 1))).isInstanceOf(Besluit.Plichtig.class);
    }

    @Test
    void een_eu_burger_met_een_gezinsdoel_is_niet_plichtig() {
        assertThat(policy.beoordeel(gegevens(Verblijfsdoel.GEZINSVORMING, false, "PL", LocalDate.of(1990, 1, 1)),
                VANDAAG)).isEqualTo(new Besluit.NietPlichtig(RedenNietPlichtig.EU_EER_OF_ZWITSERSE_NATIONALITEIT));
    }

    @Test
    void een_zwitser_en_een_noor_zijn_niet_plichtig() {
        for (String nationaliteit : Set.of("CH", "NO")) {
            assertThat(policy.beoordeel(gegevens(Verblijfsdoel.GEZINSHERENIGING, false, nationaliteit,
                    LocalDate.of(1990, 1, 1)), VANDAAG)).isInstanceOf(Besluit.NietPlichtig.class);
        }
    }

    @Test
    void een_turk_met_een_gezinsdoel_is_plichtig() {
        assertThat(policy.beoordeel(gegevens(Verblijfsdoel.GEZINSHERENIGING, false, "TR", LocalDate.of(1990, 1, 1)),
                VANDAAG)).isInstanceOf(Besluit.Plichtig.class);
    }

    @Test
    void een_gezinsmigrant_van_17_is_nog_niet_plichtig_en_wordt_het_op_zijn_18e_verjaardag() {
        LocalDate geboortedatum = LocalDate.of(2009, 3, 10);

        assertThat(beoordeel(Verblijfsdoel.GEZINSHERENIGING, geboortedatum)).isEqualTo(
                new Besluit.NogNietPlichtig(LocalDate.of(2027, 3, 10), GedetailleerdeDoelgroep.GEZINSHERENIGER));
    }

    @Test
    void een_gezinsmigrant_van_17_is_plichtig_zodra_hij_18_is_geworden() {
        LocalDate geboortedatum = LocalDate.of(2009, 3, 10);

        assertThat(policy.beoordeel(gegevens(Verblijfsdoel.GEZINSHERENIGING, false, "SY", geboortedatum),
                LocalDate.of(2027, 3, 10))).isEqualTo(
                        new Besluit.Plichtig(LocalDate.of(2027, 3, 10), GedetailleerdeDoelgroep.GEZINSHERENIGER));
    }

    @Test
    void wie_op_de_dag_van_inschrijving_18_wordt_is_meteen_plichtig() {
        assertThat(beoordeel(Verblijfsdoel.GEZINSVORMING, LocalDate.of(2008, 10, 15))).isEqualTo(
                new Besluit.Plichtig(LocalDate.of(2026, 10, 15), GedetailleerdeDoelgroep.GEZINSVORMER));
    }

    @Test
    void wie_de_aow_leeftijd_heeft_bereikt_is_niet_plichtig() {
        assertThat(beoordeel(Verblijfsdoel.GEZINSHERENIGING, LocalDate.of(1959, 6, 1)))
                .isEqualTo(new Besluit.NietPlichtig(RedenNietPlichtig.AOW_LEEFTIJD_BEREIKT));
    }

    @Test
    void wie_de_aow_leeftijd_nog_niet_heeft_bereikt_is_plichtig() {
        assertThat(beoordeel(Verblijfsdoel.GEZINSHERENIGING, LocalDate.of(1960, 6, 1)))
                .isInstanceOf(Besluit.Plichtig.class);
    }

    @Test
    void de_aow_leeftijd_volgt_de_tabel_per_jaar() {
        assertThat(REGELS.aowDatum(LocalDate.of(1959, 6, 1))).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(REGELS.aowDatum(LocalDate.of(1961, 6, 1))).isEqualTo(LocalDate.of(2028, 9, 1));
    }

    @Test
    void de_plicht_begint_niet_voor_de_ingangsdatum_van_het_verblijfsrecht() {
        Verblijfsgegevens laterVerblijfsrecht = new Verblijfsgegevens(Verblijfsdoel.GEZINSHERENIGING, false, "SY",
                LocalDate.of(1990, 1, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 10, 15));

        assertThat(policy.beoordeel(laterVerblijfsrecht, VANDAAG)).isEqualTo(
                new Besluit.Plichtig(LocalDate.of(2026, 11, 2), GedetailleerdeDoelgroep.GEZINSHERENIGER));
    }
}
