package nl.inburgering.duo.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InburgeringsaanbodPolicyTest {

    private static final String BOW = "1000000001";
    private static final String TST = "2000000002";
    private static final String ONBEKEND = "9999999999";
    private static final ErkendeInstellingen ERKEND = new ErkendeInstellingen(Set.of(BOW), Set.of(TST));

    private static final LocalDate DAGTEKENING_EERSTE_PIP = LocalDate.of(2026, 6, 1);
    private static final LocalDate DAGTEKENING_ACTUELE_PIP = LocalDate.of(2026, 9, 1);
    private static final Inburgeringstermijn TERMIJN = InburgeringstermijnPolicy.bepaal(DAGTEKENING_EERSTE_PIP);

    private static InburgeringsaanbodContext asielmigrantOp(Leerroute leerroute) {
        return new InburgeringsaanbodContext(true,
                new Pip(DAGTEKENING_ACTUELE_PIP, leerroute, Niveau.B1, null, Alfabetisering.NVT, "0363"), TERMIJN);
    }

    private static Inburgeringsaanbod aanbod(String instelling, LocalDate datumInburgeringsaanbod,
            LocalDate datumEindeCursus, LocalDate datumAanvangTaalschakeltraject) {
        return new Inburgeringsaanbod(instelling, datumInburgeringsaanbod, null, null, datumEindeCursus,
                datumAanvangTaalschakeltraject, Alfabetisering.NVT);
    }

    private static Inburgeringsaanbod cursus(LocalDate datumInburgeringsaanbod) {
        return aanbod(BOW, datumInburgeringsaanbod, null, null);
    }

    private static List<String> codes(Inburgeringsaanbod aanbod, InburgeringsaanbodContext context) {
        return InburgeringsaanbodPolicy.beoordeel(aanbod, context, ERKEND).stream().map(Overtreding::code).toList();
    }

    @Test
    void een_aanbod_bij_een_bow_instelling_voor_een_asielmigrant_op_de_b1_route_wordt_geregistreerd() {
        assertThat(codes(cursus(LocalDate.of(2026, 10, 1)), asielmigrantOp(Leerroute.B1_ROUTE))).isEmpty();
    }

    @Test
    void een_aanbod_is_alleen_voor_een_asielmigrant() {
        InburgeringsaanbodContext gezinsmigrant = new InburgeringsaanbodContext(false,
                asielmigrantOp(Leerroute.B1_ROUTE).actuelePip(), TERMIJN);

        assertThat(codes(cursus(LocalDate.of(2026, 10, 1)), gezinsmigrant))
                .containsExactly(InburgeringsaanbodPolicy.GEEN_ASIELMIGRANT);
    }

    @Test
    void een_aanbod_zonder_pip_wordt_geweigerd() {
        InburgeringsaanbodContext zonderPip = new InburgeringsaanbodContext(true, null, null);

        assertThat(codes(cursus(LocalDate.of(2026, 10, 1)), zonderPip))
                .containsExactly(InburgeringsaanbodPolicy.GEEN_PIP);
    }

    @Test
    void een_onbekende_instelling_wordt_geweigerd() {
        List<Overtreding> overtredingen = InburgeringsaanbodPolicy.beoordeel(
                aanbod(ONBEKEND, LocalDate.of(2026, 10, 1), null, null), asielmigrantOp(Leerroute.B1_ROUTE), ERKEND);

        assertThat(overtredingen).extracting(Overtreding::veld, Overtreding::code).containsExactly(
                tuple("instellingsnummer", InburgeringsaanbodPolicy.INSTELLING_NIET_ERKEND));
    }

    @Test
    void een_taalschakelinstelling_zonder_bow_keurmerk_is_niet_erkend_voor_de_b1_route() {
        assertThat(codes(aanbod(TST, LocalDate.of(2026, 10, 1), null, null), asielmigrantOp(Leerroute.B1_ROUTE)))
                .containsExactly(InburgeringsaanbodPolicy.INSTELLING_NIET_ERKEND);
    }

    @Test
    void een_erkende_taalschakelinstelling_is_erkend_voor_de_onderwijsroute() {
        assertThat(codes(aanbod(TST, LocalDate.of(2026, 10, 1), null, null), asielmigrantOp(Leerroute.ONDERWIJSROUTE)))
                .isEmpty();
    }

    @Test
    void een_onbekende_instelling_is_ook_voor_de_onderwijsroute_niet_erkend() {
        assertThat(codes(aanbod(ONBEKEND, LocalDate.of(2026, 10, 1), null, null),
                asielmigrantOp(Leerroute.ONDERWIJSROUTE))).containsExactly(InburgeringsaanbodPolicy.INSTELLING_NIET_ERKEND);
    }

    @Test
    void de_datum_inburgeringsaanbod_mag_niet_voor_de_dagtekening_van_de_actuele_pip_liggen() {
        assertThat(codes(cursus(DAGTEKENING_ACTUELE_PIP.minusDays(1)), asielmigrantOp(Leerroute.B1_ROUTE)))
                .containsExactly(InburgeringsaanbodPolicy.DATUM_VOOR_DAGTEKENING_ACTUELE_PIP);
    }

    @Test
    void de_datum_inburgeringsaanbod_mag_op_de_dagtekening_van_de_actuele_pip_liggen() {
        assertThat(codes(cursus(DAGTEKENING_ACTUELE_PIP), asielmigrantOp(Leerroute.B1_ROUTE))).isEmpty();
    }

    @Test
    void elke_datum_van_het_aanbod_voor_de_actuele_pip_wordt_apart_gemeld() {
        LocalDate teVroeg = DAGTEKENING_ACTUELE_PIP.minusDays(1);
        Inburgeringsaanbod aanbod = new Inburgeringsaanbod(BOW, teVroeg, teVroeg, teVroeg, null, null,
                Alfabetisering.A);

        assertThat(InburgeringsaanbodPolicy.beoordeel(aanbod, asielmigrantOp(Leerroute.B1_ROUTE), ERKEND))
                .extracting(Overtreding::veld).containsExactly("datumInburgeringsaanbod",
                        "verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding");
    }

    @Test
    void het_taalschakeltraject_mag_niet_voor_het_einde_van_de_cursus_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 6, 29));

        assertThat(codes(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE)))
                .containsExactly(InburgeringsaanbodPolicy.TAALSCHAKELTRAJECT_VOOR_EINDE_CURSUS);
    }

    @Test
    void het_taalschakeltraject_mag_op_de_einddatum_van_de_cursus_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 6, 30));

        assertThat(codes(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE))).isEmpty();
    }

    @Test
    void het_taalschakeltraject_mag_niet_voor_de_datum_inburgeringsaanbod_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), null, LocalDate.of(2026, 9, 30));

        assertThat(codes(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE)))
                .containsExactly(InburgeringsaanbodPolicy.TAALSCHAKELTRAJECT_VOOR_INBURGERINGSAANBOD);
    }

    @Test
    void het_taalschakeltraject_mag_op_de_datum_inburgeringsaanbod_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), null, LocalDate.of(2026, 10, 1));

        assertThat(codes(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE))).isEmpty();
    }

    @Test
    void het_taalschakeltraject_mag_niet_na_de_inburgeringstermijn_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), null, TERMIJN.einddatum().plusDays(1));

        assertThat(InburgeringsaanbodPolicy.beoordeel(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE), ERKEND))
                .extracting(Overtreding::veld, Overtreding::code).containsExactly(tuple(
                        "datumAanvangTaalschakeltraject", InburgeringsaanbodPolicy.BUITEN_INBURGERINGSTERMIJN));
    }

    @Test
    void het_taalschakeltraject_mag_op_de_laatste_dag_van_de_inburgeringstermijn_beginnen() {
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), null, TERMIJN.einddatum());

        assertThat(codes(aanbod, asielmigrantOp(Leerroute.ONDERWIJSROUTE))).isEmpty();
    }

    @Test
    void de_cursus_mag_niet_na_de_inburgeringstermijn_eindigen() {
        Inburgeringsaanbod aanbod = aanbod(BOW, LocalDate.of(2026, 10, 1), TERMIJN.einddatum().plusDays(1), null);

        assertThat(InburgeringsaanbodPolicy.beoordeel(aanbod, asielmigrantOp(Leerroute.B1_ROUTE), ERKEND))
                .extracting(Overtreding::veld, Overtreding::code).containsExactly(tuple(
                        "datumEindeCursus", InburgeringsaanbodPolicy.BUITEN_INBURGERINGSTERMIJN));
    }

    @Test
    void de_cursus_mag_niet_voor_de_inburgeringstermijn_eindigen() {
        // The actuele PIP is the first one, dated on the day before the termijn starts.
        InburgeringsaanbodContext eerstePip = new InburgeringsaanbodContext(true,
                new Pip(DAGTEKENING_EERSTE_PIP, Leerroute.B1_ROUTE, Niveau.B1, null, Alfabetisering.NVT, "0363"),
                TERMIJN);
        Inburgeringsaanbod aanbod = aanbod(BOW, DAGTEKENING_EERSTE_PIP, DAGTEKENING_EERSTE_PIP, null);

        assertThat(codes(aanbod, eerstePip)).containsExactly(InburgeringsaanbodPolicy.BUITEN_INBURGERINGSTERMIJN);
    }

    @Test
    void alle_overtredingen_van_een_aanbod_worden_tegelijk_gemeld() {
        InburgeringsaanbodContext gezinsmigrantOpB1 = new InburgeringsaanbodContext(false,
                asielmigrantOp(Leerroute.B1_ROUTE).actuelePip(), TERMIJN);
        Inburgeringsaanbod aanbod = aanbod(TST, LocalDate.of(2026, 10, 1), TERMIJN.einddatum().plusDays(2),
                TERMIJN.einddatum().plusDays(1));

        assertThat(codes(aanbod, gezinsmigrantOpB1)).containsExactly(InburgeringsaanbodPolicy.GEEN_ASIELMIGRANT,
                InburgeringsaanbodPolicy.INSTELLING_NIET_ERKEND,
                InburgeringsaanbodPolicy.TAALSCHAKELTRAJECT_VOOR_EINDE_CURSUS,
                InburgeringsaanbodPolicy.BUITEN_INBURGERINGSTERMIJN, InburgeringsaanbodPolicy.BUITEN_INBURGERINGSTERMIJN);
    }
}
