package nl.inburgering.gemeente.handhaving.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingEntity;
import nl.inburgering.gemeente.handhaving.persistence.BeoordelingVerlengingRepository;
import nl.inburgering.gemeente.handhaving.persistence.OpgelegdeBoeteEntity;
import nl.inburgering.gemeente.handhaving.persistence.OpgelegdeBoeteRepository;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringEntity;
import nl.inburgering.gemeente.handhaving.persistence.SignaleringRepository;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldiensten #7, #8 and #9 in (seed §9.3): DUO's signals, boetes and oordelen on an aanvraag verlenging, kept
 * by BSN and gemeente (joined with the inburgeraar on read, so in any order with #3). Every delivery is kept; the
 * inbox makes a redelivery of the same event nothing, and a boete is one per beschikkingskenmerk.
 */
@Service
public class HandhavingOpnemenHandler {

    static final Verwerkingsactiviteit SIGNALERING = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/signalering-ontvangen",
            "Signalering van een inburgeringsplichtige door DUO opnemen");
    static final Verwerkingsactiviteit BOETE = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/opgelegde-boete-ontvangen",
            "Door DUO opgelegde boete opnemen");
    static final Verwerkingsactiviteit VERLENGING = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/beoordeling-verlenging-ontvangen",
            "Beoordeling van een aanvraag verlenging door DUO opnemen");

    private final SignaleringRepository signaleringen;
    private final OpgelegdeBoeteRepository boetes;
    private final BeoordelingVerlengingRepository beoordelingen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    HandhavingOpnemenHandler(SignaleringRepository signaleringen, OpgelegdeBoeteRepository boetes,
            BeoordelingVerlengingRepository beoordelingen, Persoonsverwerking verwerking,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.signaleringen = signaleringen;
        this.boetes = boetes;
        this.beoordelingen = beoordelingen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(HandhavingOpnemen.Gesignaleerd gesignaleerd) {
        signaalmomenten.bijwerken(gesignaleerd.bsn());
        verwerking.wijzig(SIGNALERING, gesignaleerd.bsn(), v -> signaleringen.save(new SignaleringEntity(
                gesignaleerd.bsn().value(), gesignaleerd.gemeentecode(), gesignaleerd.signalering(), v.nu())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(HandhavingOpnemen.BoeteOpgelegd opgelegd) {
        signaalmomenten.bijwerken(opgelegd.bsn());
        verwerking.wijzig(BOETE, opgelegd.bsn(), v -> boetes
                .findByBsnAndGemeentecodeAndBeschikkingskenmerk(opgelegd.bsn().value(), opgelegd.gemeentecode(),
                        opgelegd.boete().beschikkingskenmerk())
                .ifPresentOrElse(bekend -> bekend.vervang(opgelegd.boete(), v.nu()),
                        () -> boetes.save(new OpgelegdeBoeteEntity(opgelegd.bsn().value(), opgelegd.gemeentecode(),
                                opgelegd.boete(), v.nu()))));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(HandhavingOpnemen.VerlengingBeoordeeld b) {
        signaalmomenten.bijwerken(b.bsn());
        verwerking.wijzig(VERLENGING, b.bsn(), v -> beoordelingen.save(new BeoordelingVerlengingEntity(
                b.bsn().value(), b.gemeentecode(), b.oordeel(), b.datumAanvraag(), b.datumBeschikking(),
                b.verlengingsgrondcode(), b.verlengingsgrondomschrijving(), b.nieuweEinddatumInburgeringstermijn(),
                v.nu())));
    }
}
