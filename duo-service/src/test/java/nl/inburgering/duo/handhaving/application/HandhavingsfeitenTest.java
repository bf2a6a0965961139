package nl.inburgering.duo.handhaving.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.examen.api.Examenfeiten;
import nl.inburgering.duo.examen.api.Examenfeiten.Examen;
import nl.inburgering.duo.examen.api.Examenfeiten.Niveau;
import nl.inburgering.duo.examen.api.Examenfeiten.Onderdeel;
import nl.inburgering.duo.examen.api.Examenfeiten.Uitslag;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel;
import nl.inburgering.duo.inspanning.api.Inspanningfeiten;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.resultaten.api.Resultaatfeiten;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.Plichtbesluit;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.test.TestBsn;

/** What DUO knows, as the VerwijtbaarheidPolicy gets it: the open onderdelen per leerroute and niveau, the uren. */
class HandhavingsfeitenTest {

    private static final LocalDate DAG = LocalDate.of(2029, 3, 1);
    private final Bsn bsn = Bsn.of(TestBsn.nieuw());

    @Test
    void een_examen_gehaald_onder_het_niveau_van_de_pip_staat_nog_open_en_telt_als_geprobeerd() {
        Verwijtbaarheidsfeiten feiten = feiten(PipFeiten.Leerroute.B1_ROUTE, PipFeiten.Niveau.B1, List.of(
                examen(Onderdeel.SP, Niveau.A2, Uitslag.GESLAAGD), examen(Onderdeel.LE, Niveau.B2, Uitslag.GESLAAGD),
                examen(Onderdeel.KNM, null, Uitslag.GESLAAGD), examen(Onderdeel.SC, Niveau.B1, null)),
                List.of(), List.of());

        assertThat(feiten.openLeerrouteonderdelen()).containsExactlyInAnyOrder(Leerrouteonderdeel.SPREKEN,
                Leerrouteonderdeel.LUISTEREN, Leerrouteonderdeel.SCHRIJVEN);
        assertThat(feiten.geprobeerd()).as("een examen zonder uitslag is nog niet gedaan")
                .containsExactly(Leerrouteonderdeel.SPREKEN);
    }

    @Test
    void na_afschalen_naar_a2_is_een_a2_examen_behaald() {
        Verwijtbaarheidsfeiten feiten = feiten(PipFeiten.Leerroute.B1_ROUTE, PipFeiten.Niveau.A2, List.of(
                examen(Onderdeel.SP, Niveau.A2, Uitslag.GESLAAGD), examen(Onderdeel.LE, Niveau.A2, Uitslag.GEZAKT)),
                List.of(), List.of());

        assertThat(feiten.openLeerrouteonderdelen()).doesNotContain(Leerrouteonderdeel.SPREKEN)
                .contains(Leerrouteonderdeel.LEZEN, Leerrouteonderdeel.KNM);
    }

    @Test
    void in_de_z_route_tellen_eindgesprek_en_participatie_en_pvt_en_map_met_de_indicatie_van_de_gemeente() {
        Verwijtbaarheidsfeiten feiten = feiten(PipFeiten.Leerroute.Z_ROUTE, null, List.of(), List.of(
                new Resultaatfeiten.Resultaat(Resultaatfeiten.Onderdeel.ZROUTE, DAG, null, "0363"),
                new Resultaatfeiten.Resultaat(Resultaatfeiten.Onderdeel.PVT, DAG, null, "0363"),
                new Resultaatfeiten.Resultaat(Resultaatfeiten.Onderdeel.MAP, null, false, "0363")), List.of());

        assertThat(feiten.openLeerrouteonderdelen()).containsExactly(Leerrouteonderdeel.ZROUTE_PARTICIPATIE);
        assertThat(feiten.pvtAfgerond()).isTrue();
        assertThat(feiten.mapAfgerond()).isFalse();
        assertThat(feiten.mapVerwijtbaar()).isFalse();
    }

    @Test
    void de_uren_van_al_zijn_instellingen_tellen_op_en_zonder_pip_is_er_geen_leerroute() {
        Verwijtbaarheidsfeiten feiten = feiten(null, null, List.of(), List.of(), List.of(
                new Inspanningfeiten.Inspanning("12345", "B1_ROUTE", DAG, 100, 90, 2),
                new Inspanningfeiten.Inspanning("67890", "B1_ROUTE", DAG, 50, 40, 0)));

        assertThat(feiten.leerroute()).isNull();
        assertThat(feiten.openLeerrouteonderdelen()).isEmpty();
        assertThat(List.of(feiten.urenAangeboden(), feiten.urenAanwezig(), feiten.urenOngeoorloofdVerzuim()))
                .containsExactly(150, 130, 2);
    }

    private Verwijtbaarheidsfeiten feiten(PipFeiten.Leerroute leerroute, PipFeiten.Niveau niveau, List<Examen> examens,
            List<Resultaatfeiten.Resultaat> resultaten, List<Inspanningfeiten.Inspanning> inspanning) {
        PipFeiten pips = new PipFeiten() {
            @Override
            public Optional<ActuelePip> actuelePip(Bsn b) {
                return leerroute == null ? Optional.empty() : Optional.of(new ActuelePip("0363", leerroute, niveau));
            }

            @Override
            public Optional<Termijn> inburgeringstermijn(Bsn b) {
                return Optional.of(new Termijn(DAG.minusYears(3), DAG));
            }
        };
        Examenfeiten examenfeiten = b -> examens;
        Resultaatfeiten resultaatfeiten = b -> resultaten;
        Inspanningfeiten inspanningfeiten = b -> inspanning;
        return new Handhavingsfeiten(pips, examenfeiten, resultaatfeiten, inspanningfeiten, ZONDER_VRIJSTELLINGEN)
                .van(bsn, false);
    }

    /** The core knows no dossier here, so nothing was vrijgesteld or ontheven. */
    private static final Dossiers ZONDER_VRIJSTELLINGEN = new Dossiers() {
        @Override
        public Optional<Dossier> dossier(Bsn b) {
            return Optional.empty();
        }

        @Override
        public boolean isBekend(Bsn b) {
            return false;
        }

        @Override
        public Optional<java.time.LocalDate> aowDatum(Bsn b) {
            return Optional.empty();
        }

        @Override
        public List<Bsn> plichtigen(Optional<Bsn> na) {
            return List.of();
        }

        @Override
        public List<Plichtbesluit> plichthistorie(Bsn b) {
            return List.of();
        }
    };

    private static Examen examen(Onderdeel onderdeel, Niveau niveau, Uitslag uitslag) {
        return new Examen(onderdeel, niveau, DAG.minusMonths(2), uitslag, uitslag == null ? null : DAG.minusMonths(1));
    }
}
