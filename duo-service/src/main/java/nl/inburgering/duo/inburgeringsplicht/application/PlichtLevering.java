package nl.inburgering.duo.inburgeringsplicht.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.duo.inburgeringsplicht.domain.GedetailleerdeDoelgroep;
import nl.inburgering.duo.inburgeringsplicht.domain.LeveringPolicy;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.MaatschappelijkeBegeleidingEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.MaatschappelijkeBegeleidingRepository;
import nl.inburgering.duo.koppeling.persistence.KoppelingEntity;
import nl.inburgering.duo.koppeling.persistence.KoppelingRepository;
import nl.inburgering.duo.leerbaarheidstoets.application.ToetsKlaarzetten;
import nl.inburgering.platform.outbox.Outbox;

/**
 * Delivers the plicht of a plichtige to whoever {@link LeveringPolicy} names, in the caller's transaction:
 * #3 to the gemeente or to COA, and for a gekoppelde asielstatushouder #4 with it. The delivery agreement of
 * both (1 werkdag) counts from {@code signaal}, the moment the triggering event arrived.
 */
@Component
public class PlichtLevering {

    private final KoppelingRepository koppelingen;
    private final MaatschappelijkeBegeleidingRepository begeleiding;
    private final Outbox outbox;
    private final Clock clock;
    private final ToetsKlaarzetten toetsMelden;

    PlichtLevering(KoppelingRepository koppelingen, MaatschappelijkeBegeleidingRepository begeleiding, Outbox outbox,
            Clock clock, ToetsKlaarzetten toetsMelden) {
        this.toetsMelden = toetsMelden;
        this.koppelingen = koppelingen;
        this.begeleiding = begeleiding;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lever(InburgeringsplichtEntity plicht, Instant signaal) {
        LocalDate vandaag = LocalDate.now(clock);
        LeveringPolicy.Levering levering = LeveringPolicy.bepaal(plicht.getGedetailleerdeDoelgroep(),
                plicht.getGemeentecode(), koppelingen.findById(plicht.getBsn()).map(KoppelingEntity::getGemeentecode));
        InburgeringsplichtVastgesteld plichtVastgesteld = vastgesteld(plicht, levering, vandaag);
        outbox.publiceer(plicht.getBsn(), plichtVastgesteld, signaal);
        toetsMelden.bijPlichtlevering(plichtVastgesteld, signaal);
        if (levering.maatschappelijkeBegeleiding()) {
            MaatschappelijkeBegeleidingEntity recht = begeleiding.findById(plicht.getBsn()).orElseGet(() -> begeleiding
                    .save(new MaatschappelijkeBegeleidingEntity(plicht.getBsn(), plicht.getBegindatum(), vandaag)));
            outbox.publiceer(plicht.getBsn(), RechtOpMaatschappelijkeBegeleidingVastgesteld.newBuilder()
                    .setBsn(plicht.getBsn()).setGemeentecode(levering.gemeentecode())
                    .setIngangsdatum(recht.getIngangsdatum()).setDatumVaststelling(recht.getVastgesteldOp()).build(),
                    signaal);
        }
    }

    /** Whether the person is plichtig and will be delivered on a koppeling. */
    public static boolean isPlichtigeAsielstatushouder(Optional<InburgeringsplichtEntity> plicht) {
        return plicht.filter(p -> p.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG
                && p.getGedetailleerdeDoelgroep() == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER).isPresent();
    }

    private static InburgeringsplichtVastgesteld vastgesteld(InburgeringsplichtEntity plicht,
            LeveringPolicy.Levering levering, LocalDate vandaag) {
        GedetailleerdeDoelgroep doelgroep = plicht.getGedetailleerdeDoelgroep();
        return InburgeringsplichtVastgesteld.newBuilder()
                .setBsn(plicht.getBsn())
                .setGemeentecode(levering.gemeentecode())
                .setOntvanger(Ontvanger.valueOf(levering.ontvanger().name()))
                .setBegindatum(plicht.getBegindatum())
                .setDoelgroep(Doelgroepindeling.valueOf(doelgroep.indeling().name()))
                .setGedetailleerdeDoelgroep(
                        nl.inburgering.contracts.common.GedetailleerdeDoelgroep.valueOf(doelgroep.name()))
                .setDatumVaststelling(vandaag)
                .setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(plicht.getGeboortedatum())
                .build();
    }
}
