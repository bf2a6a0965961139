package nl.inburgering.gemeente.asielstatushouder.messaging;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.gemeente.asielstatushouder.application.KlantprofielOpnemen;
import nl.inburgering.gemeente.asielstatushouder.application.KlantprofielOpnemen.KlantprofielOntvangen;
import nl.inburgering.gemeente.asielstatushouder.application.KoppelingOpnemen;
import nl.inburgering.gemeente.asielstatushouder.application.KoppelingOpnemen.KoppelingOntvangen;
import nl.inburgering.gemeente.asielstatushouder.application.MaatschappelijkeBegeleidingOpnemen;
import nl.inburgering.gemeente.asielstatushouder.application.MaatschappelijkeBegeleidingOpnemen.RechtVastgesteld;
import nl.inburgering.gemeente.asielstatushouder.domain.Variant;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Seed §3.3 in: COA's koppeling (#14) and klantprofiel (#15), DUO's recht op maatschappelijke begeleiding (#4).
 * Each through the inbox, so each event has its effect once; they may arrive in any order.
 */
@Component
class AsielstatushouderListener {

    private static final String KOPPELING = "Inburgeraar gekoppeld aan gemeente";
    private static final String KLANTPROFIEL = "Klantprofiel";
    private static final String BEGELEIDING = "Recht op maatschappelijke begeleiding";

    private final EventInbox inbox;
    private final KoppelingOpnemen koppeling;
    private final KlantprofielOpnemen klantprofiel;
    private final MaatschappelijkeBegeleidingOpnemen begeleiding;

    AsielstatushouderListener(EventInbox inbox, KoppelingOpnemen koppeling, KlantprofielOpnemen klantprofiel,
            MaatschappelijkeBegeleidingOpnemen begeleiding) {
        this.inbox = inbox;
        this.koppeling = koppeling;
        this.klantprofiel = klantprofiel;
        this.begeleiding = begeleiding;
    }

    @KafkaListener(topics = Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE)
    void gekoppeld(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeraarGekoppeldAanGemeente.class, event -> {
            InburgeraarGekoppeldAanGemeente k = event.data();
            koppeling.handle(new KoppelingOntvangen(Bsn.of(Eventvalidatie.bsn(k.getBsn(), KOPPELING)), k.getVNummer(),
                    Eventvalidatie.gemeentecode(k.getGemeentecode(), KOPPELING),
                    Optional.ofNullable(k.getVorigeGemeentecode())
                            .map(code -> Eventvalidatie.gemeentecode(code, KOPPELING)),
                    k.getDatumKoppeling(), k.getAzcLocatie(), k.getVerwachteDatumUitstroom()));
        });
    }

    @KafkaListener(topics = Topics.KLANTPROFIEL)
    void klantprofielGedeeld(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, KlantprofielGedeeld.class, event -> {
            KlantprofielGedeeld p = event.data();
            klantprofiel.handle(new KlantprofielOntvangen(Bsn.of(Eventvalidatie.bsn(p.getBsn(), KLANTPROFIEL)), p.getVNummer(),
                    Eventvalidatie.gemeentecode(p.getGemeentecode(), KLANTPROFIEL), p.getMoment().name(),
                    p.getDatumBijgewerkt(), p.getGeboorteland(), p.getTalen(), p.getHoogstGenotenOpleiding(),
                    p.getWerkervaring(), p.getAlfabetiseringsbehoefte().name(), p.getVoorinburgeringGevolgd(),
                    p.getUrenVoorinburgering(), p.getBijzonderheden(), variant(p.getAfgesprokenVariant()),
                    p.getDatumWarmeOverdracht(), p.getVoorinburgeringGeaccepteerd()));
        });
    }

    @KafkaListener(topics = Topics.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING)
    void maatschappelijkeBegeleiding(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, RechtOpMaatschappelijkeBegeleidingVastgesteld.class, event -> {
            RechtOpMaatschappelijkeBegeleidingVastgesteld r = event.data();
            begeleiding.handle(new RechtVastgesteld(Bsn.of(Eventvalidatie.bsn(r.getBsn(), BEGELEIDING)),
                    Eventvalidatie.gemeentecode(r.getGemeentecode(), BEGELEIDING), r.getIngangsdatum(),
                    r.getDatumVaststelling()));
        });
    }

    /** ONBEKEND (a variant newer than this service) counts as no agreement yet: tolerant reader. */
    private static Variant variant(Betrokkenheidsvariant variant) {
        if (variant == null || variant == Betrokkenheidsvariant.ONBEKEND) {
            return null;
        }
        return Variant.valueOf(variant.name());
    }
}
