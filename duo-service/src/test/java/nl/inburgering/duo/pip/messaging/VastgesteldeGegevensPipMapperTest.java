package nl.inburgering.duo.pip.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.test.TestBsn;

/** The bounds of #16's InburgeringsaanbodVastgesteld at DUO: a list that grows without end is no aanbod. */
class VastgesteldeGegevensPipMapperTest {

    @Test
    void een_aanbod_met_tien_instellingsnummers_is_leesbaar() {
        InburgeringsaanbodVastgesteld event = aanbodMet(10);

        assertThat(VastgesteldeGegevensPipMapper.aanbod(event, Instant.now()).aanbod()).hasSize(1);
    }

    @Test
    void een_aanbod_met_honderdduizend_keer_hetzelfde_instellingsnummer_is_ongeldig() {
        InburgeringsaanbodVastgesteld event = aanbodMet(100_000);

        assertThatThrownBy(() -> VastgesteldeGegevensPipMapper.aanbod(event, Instant.now()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("meer dan 10 instellingsnummers");
    }

    private static InburgeringsaanbodVastgesteld aanbodMet(int keer) {
        InburgeringsaanbodVastgesteld event = ContractEvents.inburgeringsaanbodVastgesteld().setBsn(TestBsn.nieuw())
                .build();
        event.getInburgeringsaanbod().setInstellingsnummers(Collections.nCopies(keer, "12345"));
        return event;
    }
}
