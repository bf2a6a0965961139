package nl.inburgering.duo.pip.messaging;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.pip.application.InburgeringsaanbodRegistrerenHandler;
import nl.inburgering.duo.pip.application.PipRegistrerenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #16 in, the one listener of duo-service on this topic: vastgestelde and gewijzigde PIPs and the
 * inburgeringsaanbod, and {@code DoelgroepkeuzeDoorgegeven} (issue 15), which goes to the person core
 * ({@link Plichtwijziging#doelgroepkeuzeBevestigd}). A field DUO cannot read makes the event invalid (dead-letter topic); a
 * readable PIP that breaks a rule is a business refusal, answered on {@code REGISTRATIE_PIP}.
 */
@Component
class VastgesteldeGegevensPipListener {

    private final EventInbox inbox;
    private final PipRegistrerenHandler pip;
    private final InburgeringsaanbodRegistrerenHandler aanbod;
    private final Plichtwijziging plichtwijziging;

    VastgesteldeGegevensPipListener(EventInbox inbox, PipRegistrerenHandler pip,
            InburgeringsaanbodRegistrerenHandler aanbod, Plichtwijziging plichtwijziging) {
        this.inbox = inbox;
        this.pip = pip;
        this.aanbod = aanbod;
        this.plichtwijziging = plichtwijziging;
    }

    @KafkaListener(topics = Topics.VASTGESTELDE_GEGEVENS_PIP)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(PipVastgesteld.class, event -> pip.handle(VastgesteldeGegevensPipMapper.vastgesteld(event.data(), signaal(event.tijd()))))
                .bij(PipGewijzigd.class, event -> pip.handle(VastgesteldeGegevensPipMapper.gewijzigd(event.data(), signaal(event.tijd()))))
                .bij(InburgeringsaanbodVastgesteld.class,
                        event -> aanbod.handle(VastgesteldeGegevensPipMapper.aanbod(event.data(), signaal(event.tijd()))))
                .bij(DoelgroepkeuzeDoorgegeven.class,
                        event -> DoelgroepkeuzeMapper.verwerk(event.data(), event.tijd(), plichtwijziging)));
    }

    /** The inbox refuses an event without a time, so the moment it arose is always known. */
    private static Instant signaal(java.time.OffsetDateTime tijd) {
        return tijd.toInstant();
    }
}
