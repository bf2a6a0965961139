package nl.inburgering.duo.examen.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.examen.api.ExamenuitslagVastgesteld;
import nl.inburgering.duo.examen.domain.ExamenresultaatVastgesteld;
import nl.inburgering.duo.examen.domain.Examenstatus;
import nl.inburgering.duo.examen.persistence.ExamenEntity;
import nl.inburgering.duo.examen.persistence.ExamenRepository;
import nl.inburgering.duo.instelling.api.Inschrijvingen;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The examens at DUO (seed §5.2, §6.2, §7.2): the inburgeraar applies and plans at DUO, the backoffice or DUO's exam
 * planning system records it here, and the definitive uitslag per onderdeel goes out as #13 in the same transaction
 * (the outbox row carries the deadline of the catalogue: 1 werkdag) to the person's gemeente and to every instelling
 * where he is ingeschreven (#20). The gemeente is the one of his actuele PIP, responsible for his leerroute; without
 * a PIP his gemeente of inschrijving. The uitslag is announced in the same transaction
 * ({@link ExamenuitslagVastgesteld}), for whoever judges the traject on it.
 */
@Service
public class ExamensHandler {

    static final Verwerkingsactiviteit AANMELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/examen-aanmelden", "Examen aanmelden");
    static final Verwerkingsactiviteit PLANNEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/examen-plannen", "Examen plannen");
    static final Verwerkingsactiviteit UITSLAG = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/examen-uitslag-vaststellen",
            "Definitieve uitslag van een examen vaststellen");

    private static final String ONBEKEND_EXAMEN = "DUO kent dit examen niet.";

    private final ExamenRepository examens;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Inschrijvingen inschrijvingen;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    ExamensHandler(ExamenRepository examens, Dossiers dossiers, PipFeiten pips, Inschrijvingen inschrijvingen,
            EntityManager entityManager, Persoonsverwerking verwerking, ApplicationEventPublisher events) {
        this.examens = examens;
        this.dossiers = dossiers;
        this.pips = pips;
        this.inschrijvingen = inschrijvingen;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
        this.events = events;
    }

    /** 404 for a person DUO does not know; 409 while the same onderdeel and niveau is aangemeld and without uitslag. */
    @Transactional
    public Examen aanmelden(ExamenAanmelden command) {
        return verwerking.wijzigMetUitkomst(AANMELDEN, command.bsn(), v -> {
            if (!dossiers.isBekend(command.bsn())) {
                throw new NietGevondenException("DUO kent deze persoon niet.");
            }
            boolean lopend = examens.findByBsnOrderByAangemeldOpAsc(command.bsn().value()).stream()
                    .anyMatch(e -> e.getOnderdeel() == command.onderdeel() && e.getNiveau() == command.niveau()
                            && e.getStatus() != Examenstatus.UITSLAG);
            if (lopend) {
                throw new ConflictException("De inburgeraar is al aangemeld voor dit onderdeel op dit niveau en de"
                        + " uitslag is er nog niet.");
            }
            ExamenEntity examen = new ExamenEntity(command.bsn().value(), command.onderdeel(), command.niveau(),
                    v.nu());
            return Examen.van(examens.save(examen));
        });
    }

    /** A new datum replaces the previous one; 409 once the uitslag is there. */
    @Transactional
    public Examen plannen(UUID id, LocalDate examendatum) {
        return wijzig(PLANNEN, id, (v, examen) -> {
            if (examen.getStatus() == Examenstatus.UITSLAG) {
                throw new ConflictException("De uitslag van dit examen is al vastgesteld.");
            }
            examen.plan(examendatum);
            return Examen.van(examen);
        });
    }

    /**
     * The uitslag of a gepland examen that has been taken (the datum is not in the future), once; #13 goes out now.
     */
    @Transactional
    public Examen uitslag(UitslagVaststellen command) {
        return wijzig(UITSLAG, command.examen(), (v, examen) -> {
            switch (examen.getStatus()) {
                case UITSLAG -> throw new ConflictException("De uitslag van dit examen is al vastgesteld.");
                case AANGEMELD -> throw new ConflictException("Dit examen is nog niet gepland.");
                case GEPLAND -> {
                    if (examen.getExamendatum().isAfter(v.vandaag())) {
                        throw new ConflictException("Dit examen is nog niet afgenomen: de examendatum ligt in de"
                                + " toekomst.");
                    }
                }
            }
            examen.uitslag(command.uitslag(), command.reden(), v.vandaag());
            lever(v, examen);
            events.publishEvent(new ExamenuitslagVastgesteld(v.bsn()));
            return Examen.van(examen);
        });
    }

    private void lever(Verwerking v, ExamenEntity examen) {
        Bsn bsn = v.bsn();
        String gemeente = pips.actuelePip(bsn).map(PipFeiten.ActuelePip::gemeentecode)
                .or(() -> dossiers.dossier(bsn).map(Dossier::vestiging).map(Dossier.Vestiging::gemeentecode))
                .orElse(null);
        List<String> instellingen = inschrijvingen.lopendeInschrijvingen(bsn);
        if (gemeente == null) {
            return;
        }
        examen.geleverdAan(gemeente, instellingen);
        v.publiceer(new ExamenresultaatVastgesteld(bsn, gemeente, instellingen, examen.getOnderdeel(),
                examen.getNiveau(), examen.getExamendatum(), examen.getUitslag(), examen.getRedenGeenResultaat(),
                examen.getDatumDefinitieveUitslag()));
    }

    /** Finds the examen, then changes it under the person's lock, read again (another request may have come first). */
    private Examen wijzig(Verwerkingsactiviteit activiteit, UUID id, BiFunction<Verwerking, ExamenEntity, Examen> werk) {
        ExamenEntity examen = examens.findById(id).orElseThrow(() -> new NietGevondenException(ONBEKEND_EXAMEN));
        return verwerking.wijzigMetUitkomst(activiteit, Bsn.of(examen.getBsn()), v -> {
            entityManager.refresh(examen);
            return werk.apply(v, examen);
        });
    }
}
