package nl.inburgering.duo.dossier.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.PlichtGeleverd;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtVastgesteld;
import nl.inburgering.duo.dossier.domain.LeveringPolicy;
import nl.inburgering.duo.dossier.domain.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.KoppelingRepository;
import nl.inburgering.duo.dossier.persistence.MaatschappelijkeBegeleidingEntity;
import nl.inburgering.duo.dossier.persistence.MaatschappelijkeBegeleidingRepository;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Delivers the plicht of a plichtige to whoever {@link LeveringPolicy} names, within the caller's verwerking:
 * #3 to the gemeente or to COA ({@link PlichtGeleverd} announces it in the same transaction, so the leerbaarheidstoets
 * travels with it), and for a gekoppelde asielstatushouder #4 with it. The delivery agreement of both (1 werkdag)
 * counts from {@code signaal}, the moment the triggering event arrived.
 */
@Component
class PlichtLevering {

    private final KoppelingRepository koppelingen;
    private final MaatschappelijkeBegeleidingRepository begeleiding;
    private final ApplicationEventPublisher events;

    PlichtLevering(KoppelingRepository koppelingen, MaatschappelijkeBegeleidingRepository begeleiding,
            ApplicationEventPublisher events) {
        this.koppelingen = koppelingen;
        this.begeleiding = begeleiding;
        this.events = events;
    }

    void lever(Verwerking verwerking, InburgeringsplichtEntity plicht, Instant signaal) {
        lever(verwerking, plicht, signaal, InburgeringsplichtVastgesteld.Aanleiding.NIEUW);
    }

    void lever(Verwerking verwerking, InburgeringsplichtEntity plicht, Instant signaal,
            InburgeringsplichtVastgesteld.Aanleiding aanleiding) {
        LocalDate vandaag = verwerking.vandaag();
        LeveringPolicy.Levering levering = levering(plicht);
        InburgeringsplichtVastgesteld vastgesteld = new InburgeringsplichtVastgesteld(verwerking.bsn(),
                levering.ontvanger(), levering.gemeentecode(), plicht.getBegindatum(),
                plicht.getGedetailleerdeDoelgroep(), vandaag, true, plicht.getGeboortedatum(), aanleiding);
        verwerking.publiceer(vastgesteld, signaal);
        events.publishEvent(new PlichtGeleverd(verwerking.bsn(),
                levering.ontvanger() == LeveringPolicy.Ontvanger.GEMEENTE, levering.gemeentecode(),
                vastgesteld.leerbaarheidstoetsKlaargezet(), signaal));
        if (levering.maatschappelijkeBegeleiding()) {
            MaatschappelijkeBegeleidingEntity recht = begeleiding.findById(plicht.getBsn()).orElseGet(() -> begeleiding
                    .save(new MaatschappelijkeBegeleidingEntity(plicht.getBsn(), plicht.getBegindatum(), vandaag)));
            verwerking.publiceer(new RechtOpMaatschappelijkeBegeleidingVastgesteld(verwerking.bsn(),
                    levering.gemeentecode(), recht.getIngangsdatum(), recht.getVastgesteldOp()), signaal);
        }
    }

    /**
     * The gemeente that receives the plicht of a plichtige now, if a gemeente does (for an asielstatushouder in an
     * AZC without koppeling COA does).
     */
    Optional<String> ontvangendeGemeente(InburgeringsplichtEntity plicht) {
        LeveringPolicy.Levering levering = levering(plicht);
        return levering.ontvanger() == LeveringPolicy.Ontvanger.GEMEENTE ? Optional.of(levering.gemeentecode())
                : Optional.empty();
    }

    /** Who has the plicht of this person now: the gemeente that receives #3, or COA. */
    LeveringPolicy.Levering levering(InburgeringsplichtEntity plicht) {
        // the koppeling is read only when it can decide: one query less on every #3 of anyone else (issue 17)
        Optional<LeveringPolicy.Koppeling> koppeling = LeveringPolicy.hangtAfVanKoppeling(
                plicht.getGedetailleerdeDoelgroep())
                        ? koppelingen.findById(plicht.getBsn())
                                .map(k -> new LeveringPolicy.Koppeling(k.getGemeentecode(), k.isInCoaLocatie()))
                        : Optional.empty();
        return LeveringPolicy.bepaalMetKoppeling(plicht.getGedetailleerdeDoelgroep(), plicht.getGemeentecode(),
                koppeling, plicht.verblijfsgegevens().woontBuitenCoaLocatie());
    }

    /** Whether the person is plichtig and will be delivered on a koppeling. */
    static boolean isPlichtigeAsielstatushouder(Optional<InburgeringsplichtEntity> plicht) {
        return plicht.filter(p -> p.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG
                && p.getGedetailleerdeDoelgroep() == GedetailleerdeDoelgroep.ASIELSTATUSHOUDER).isPresent();
    }
}
