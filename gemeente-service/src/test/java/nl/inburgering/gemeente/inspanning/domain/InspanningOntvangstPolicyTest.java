package nl.inburgering.gemeente.inspanning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.inspanning.domain.InspanningOntvangstPolicy.Uitkomst;

class InspanningOntvangstPolicyTest {

    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 30);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 31);

    private static Inspanningsstand stand(LocalDate peildatum, int aanwezig, String moment) {
        return new Inspanningsstand("12345", "B1_ROUTE", peildatum, LocalDate.of(2026, 9, 1), 100, aanwezig, 2, false,
                null, moment);
    }

    @Test
    void de_eerste_stand_van_een_instelling_gaat_door_naar_duo() {
        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 90, "TUSSENTIJDS"), List.of()))
                .isEqualTo(Uitkomst.DOORGEVEN);
    }

    @Test
    void dezelfde_stand_nog_eens_gemeld_gaat_niet_nog_eens_naar_duo_ook_met_een_andere_aanleiding() {
        List<Inspanningsstand> eerdere = List.of(stand(NOVEMBER, 90, "TUSSENTIJDS"));

        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 90, "TUSSENTIJDS"), eerdere))
                .isEqualTo(Uitkomst.AL_ONTVANGEN);
        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 90, "UITSCHRIJVING_INSTELLING"), eerdere))
                .isEqualTo(Uitkomst.AL_ONTVANGEN);
    }

    @Test
    void een_nieuwere_stand_en_een_correctie_van_de_laatste_peildatum_gaan_door_naar_duo() {
        List<Inspanningsstand> eerdere = List.of(stand(NOVEMBER, 90, "TUSSENTIJDS"));

        assertThat(InspanningOntvangstPolicy.beoordeel(stand(DECEMBER, 95, "TUSSENTIJDS"), eerdere))
                .isEqualTo(Uitkomst.DOORGEVEN);
        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 88, "TUSSENTIJDS"), eerdere))
                .isEqualTo(Uitkomst.DOORGEVEN);
    }

    @Test
    void een_gecorrigeerde_stand_die_weer_wordt_teruggezet_gaat_opnieuw_door() {
        List<Inspanningsstand> eerdere = List.of(stand(NOVEMBER, 90, "TUSSENTIJDS"), stand(NOVEMBER, 88, "TUSSENTIJDS"));

        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 90, "TUSSENTIJDS"), eerdere))
                .isEqualTo(Uitkomst.DOORGEVEN);
    }

    @Test
    void een_stand_ouder_dan_wat_duo_al_heeft_wordt_bewaard_maar_zet_duo_niet_terug() {
        List<Inspanningsstand> eerdere = List.of(stand(DECEMBER, 95, "TUSSENTIJDS"));

        assertThat(InspanningOntvangstPolicy.beoordeel(stand(NOVEMBER, 90, "TUSSENTIJDS"), eerdere))
                .isEqualTo(Uitkomst.BEWAREN_ZONDER_DOORGEVEN);
    }
}
