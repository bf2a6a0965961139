package nl.inburgering.duo.inspanning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seed §15.5: one source per fact, decided from DUO's own doelgroep. */
class InspanningRoutePolicyTest {

    @Test
    void een_asielstatushouder_telt_alleen_via_de_gemeente() {
        assertThat(InspanningRoutePolicy.beoordeel(Route.GEMEENTE, true)).isEmpty();
        assertThat(InspanningRoutePolicy.beoordeel(Route.INSTELLING, true))
                .contains(InspanningRoutePolicy.ASIELSTATUSHOUDER_VIA_GEMEENTE);
    }

    @Test
    void een_gezinsmigrant_of_overige_migrant_telt_alleen_rechtstreeks_van_de_instelling() {
        assertThat(InspanningRoutePolicy.beoordeel(Route.INSTELLING, false)).isEmpty();
        assertThat(InspanningRoutePolicy.beoordeel(Route.GEMEENTE, false))
                .contains(InspanningRoutePolicy.MIGRANT_VIA_INSTELLING);
    }
}
