package nl.inburgering.duo.vrijstelling.application;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.duo.vrijstelling.domain.Advies;
import nl.inburgering.duo.vrijstelling.domain.Adviesinstantie;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.Bezwaar;
import nl.inburgering.duo.vrijstelling.domain.Examenniveau;
import nl.inburgering.duo.vrijstelling.domain.Examenonderdeel;
import nl.inburgering.duo.vrijstelling.domain.Oordeel;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingBeoordeeld;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingPolicy;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.duo.vrijstelling.persistence.VrijstellingsaanvraagEntity;
import nl.inburgering.duo.vrijstelling.persistence.VrijstellingsaanvraagEntity.Status;
import nl.inburgering.duo.vrijstelling.persistence.VrijstellingsaanvraagRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Vrijstellingen op verzoek (seed §10.2; decision 0034): DUO's backoffice registers an aanvraag of a plichtige, may ask
 * SBB or Nuffic for advies on a foreign diploma and record it, and decides once ({@link VrijstellingPolicy}). Every
 * decision goes to the gemeente that has the plicht as #11; a toekenning changes the plicht in the core: a gehele ends
 * it (VOLLEDIGE_VRIJSTELLING), a tijdelijke ends it (TIJDELIJKE_VRIJSTELLING) and plans its resumption
 * ({@link Deadlinesoort#EINDE_TIJDELIJKE_VRIJSTELLING}), a gedeeltelijke takes onderdelen away (#3 gewijzigd). When a
 * tijdelijke ends or is withdrawn the plicht resumes and a termijn DUO set is lengthened by the standstill (#5).
 */
@Service
public class Vrijstellingen {

    static final Verwerkingsactiviteit AANVRAGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstelling-aanvragen",
            "Aanvraag tot vrijstelling ontvangen");
    static final Verwerkingsactiviteit ADVIES = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstelling-advies",
            "Advies van SBB of Nuffic over een vrijstelling vragen of vastleggen");
    static final Verwerkingsactiviteit BESLISSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstelling-beslissen",
            "Beslissen over een vrijstelling");
    static final Verwerkingsactiviteit HERVATTEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/tijdelijke-vrijstelling-beeindigen",
            "Tijdelijke vrijstelling beëindigen en de inburgeringsplicht hervatten");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/vrijstellingen-raadplegen",
            "Vrijstellingen raadplegen");

    private final VrijstellingsaanvraagRepository aanvragen;
    private final Dossiers dossiers;
    private final Plichtbeeindiging plichtbeeindiging;
    private final Plichtwijziging plichtwijziging;
    private final PipFeiten pips;
    private final Termijnwijziging termijnwijziging;
    private final Deadlineplanning deadlines;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    Vrijstellingen(VrijstellingsaanvraagRepository aanvragen, Dossiers dossiers, Plichtbeeindiging plichtbeeindiging,
            Plichtwijziging plichtwijziging, PipFeiten pips, Termijnwijziging termijnwijziging,
            Deadlineplanning deadlines, EntityManager entityManager, Persoonsverwerking verwerking) {
        this.aanvragen = aanvragen;
        this.dossiers = dossiers;
        this.plichtbeeindiging = plichtbeeindiging;
        this.plichtwijziging = plichtwijziging;
        this.pips = pips;
        this.termijnwijziging = termijnwijziging;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /** 404 for a person DUO does not know; 409 when he is not plichtig; 400 when the reden does not fit the soort. */
    @Transactional
    public Vrijstellingsaanvraag indienen(NieuweAanvraag aanvraag) {
        if (!VrijstellingPolicy.past(aanvraag.reden(), aanvraag.soort())) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("reden", "enum", "De reden " + aanvraag.reden()
                    + " hoort bij een " + VrijstellingPolicy.soortVan(aanvraag.reden()).name().toLowerCase()
                    + " vrijstelling, niet bij een " + aanvraag.soort().name().toLowerCase() + ".")));
        }
        Bsn bsn = aanvraag.bsn();
        return verwerking.wijzigMetUitkomst(AANVRAGEN, bsn, v -> {
            Dossier dossier = plichtige(bsn);
            return alsAanvraag(aanvragen.save(new VrijstellingsaanvraagEntity(bsn.value(), aanvraag.soort(),
                    aanvraag.reden(), aanvraag.onderbouwing(), aanvraag.onderdelen(), aanvraag.startdatum(),
                    aanvraag.einddatum(), gemeente(dossier), v.nu())));
        });
    }

    /** DUO asks SBB or Nuffic for advies (seed §10.2); 409 once decided or while an advies is asked. */
    @Transactional
    public Vrijstellingsaanvraag adviesVragen(UUID id, Adviesinstantie instantie) {
        VrijstellingsaanvraagEntity aanvraag = aanvraag(id);
        return verwerking.wijzigMetUitkomst(ADVIES, Bsn.of(aanvraag.getBsn()), v -> {
            entityManager.refresh(aanvraag);
            if (aanvraag.getStatus() != Status.INGEDIEND) {
                throw new ConflictException(aanvraag.getStatus() == Status.ADVIES_GEVRAAGD
                        ? "DUO wacht al op het advies van " + aanvraag.getAdviesinstantie() + "."
                        : "DUO heeft over deze aanvraag al beslist.");
            }
            aanvraag.adviesGevraagd(instantie, v.vandaag());
            return alsAanvraag(aanvraag);
        });
    }

    /** The advies of SBB or Nuffic arrived; 409 when none was asked. */
    @Transactional
    public Vrijstellingsaanvraag adviesVastleggen(UUID id, Advies advies, String toelichting) {
        VrijstellingsaanvraagEntity aanvraag = aanvraag(id);
        return verwerking.wijzigMetUitkomst(ADVIES, Bsn.of(aanvraag.getBsn()), v -> {
            entityManager.refresh(aanvraag);
            if (aanvraag.getStatus() != Status.ADVIES_GEVRAAGD) {
                throw new ConflictException("DUO heeft voor deze aanvraag geen advies gevraagd dat nog openstaat.");
            }
            aanvraag.adviesOntvangen(advies, toelichting, v.vandaag());
            return alsAanvraag(aanvraag);
        });
    }

    /**
     * DUO decides, once: 409 when decided already, while an advies is asked, or for a toekenning when the person is
     * no longer plichtig; 400 with every rule of {@link VrijstellingPolicy} the beslissing breaks.
     */
    @Transactional
    public Vrijstellingsaanvraag beslis(UUID id, Besluit besluit) {
        VrijstellingsaanvraagEntity aanvraag = aanvraag(id);
        List<Bezwaar> bezwaren = VrijstellingPolicy.bezwaren(besluit, false);
        if (!bezwaren.isEmpty()) {
            throw new OngeldigeInvoerException(bezwaren.stream()
                    .map(b -> new InvalidParam(b.veld(), "rule", b.melding())).toList());
        }
        Bsn bsn = Bsn.of(aanvraag.getBsn());
        return verwerking.wijzigMetUitkomst(BESLISSEN, bsn, v -> {
            entityManager.refresh(aanvraag);
            if (aanvraag.getStatus() == Status.ADVIES_GEVRAAGD) {
                throw new ConflictException("DUO wacht nog op het advies van " + aanvraag.getAdviesinstantie() + ".");
            }
            if (aanvraag.getStatus() != Status.INGEDIEND) {
                throw new ConflictException("DUO heeft over deze aanvraag al beslist.");
            }
            Dossier dossier = dossiers.dossier(bsn).orElseThrow();
            String gemeente = dossier.isPlichtig() ? gemeente(dossier) : aanvraag.getGemeentecode();
            if (besluit.toegekend()) {
                if (!dossier.isPlichtig()) {
                    throw new ConflictException("De persoon is niet (meer) inburgeringsplichtig: er is niets vrij te"
                            + " stellen.");
                }
                gevolgen(v, besluit, gemeente);
            }
            aanvraag.beslist(besluit, gemeente, v.vandaag());
            v.publiceer(new VrijstellingBeoordeeld(bsn, gemeente, besluit, v.vandaag()));
            return alsAanvraag(aanvraag);
        });
    }

    /**
     * DUO withdraws a toegekende tijdelijke vrijstelling before its end (the inschrijving stopped): the plicht resumes
     * today. 409 when the aanvraag is no toegekende tijdelijke vrijstelling that still runs.
     */
    @Transactional
    public Vrijstellingsaanvraag intrekken(UUID id) {
        VrijstellingsaanvraagEntity aanvraag = aanvraag(id);
        Bsn bsn = Bsn.of(aanvraag.getBsn());
        return verwerking.wijzigMetUitkomst(HERVATTEN, bsn, v -> {
            entityManager.refresh(aanvraag);
            Besluit besluit = aanvraag.besluit();
            if (aanvraag.getStatus() != Status.BESLIST || !besluit.toegekend()
                    || besluit.soort() != Vrijstellingsoort.TIJDELIJK) {
                throw new ConflictException("Alleen een toegekende tijdelijke vrijstelling die nog loopt kan DUO"
                        + " intrekken.");
            }
            if (dossiers.dossier(bsn).map(d -> d.redenNietPlichtig() != RedenNietPlichtig.TIJDELIJKE_VRIJSTELLING
                    || d.isPlichtig()).orElse(true)) {
                throw new ConflictException("Deze tijdelijke vrijstelling loopt niet meer: de plicht staat niet stil.");
            }
            deadlines.vervalt(bsn, Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING);
            hervat(bsn, besluit, v.vandaag());
            aanvraag.ingetrokken(v.vandaag());
            return alsAanvraag(aanvraag);
        });
    }

    /**
     * The day after a tijdelijke vrijstelling ends (termijnbewaking's job, in its verwerking and transaction): the
     * plicht resumes.
     */
    @EventListener
    public void tijdelijkeVrijstellingVerstreken(DeadlineVerstreken deadline) {
        if (deadline.soort() != Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING) {
            return;
        }
        aanvragen.findByBsnOrderByIngediendOp(deadline.bsn().value()).stream()
                .filter(a -> a.getStatus() == Status.BESLIST && a.besluit().toegekend()
                        && a.besluit().soort() == Vrijstellingsoort.TIJDELIJK)
                .reduce((eerste, tweede) -> tweede)
                .ifPresent(a -> verwerking.wijzig(HERVATTEN, deadline.bsn(),
                        v -> hervat(deadline.bsn(), a.besluit(), deadline.vervaldag())));
    }

    /** Every aanvraag of the person, oldest first; 404 for a person DUO does not know. */
    @Transactional(readOnly = true)
    public List<Vrijstellingsaanvraag> zoek(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> aanvragen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                .map(Vrijstellingen::alsAanvraag).toList());
    }

    /** Every decided vrijstelling of the person, oldest first; empty when there is none or DUO does not know him. */
    @Transactional(readOnly = true)
    public List<Vrijstelling> vrijstellingen(Bsn bsn) {
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> aanvragen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                .filter(a -> a.besluit() != null)
                .map(a -> new Vrijstelling(a.besluit(), a.getDatumOordeel(), a.getIngetrokkenOp())).toList());
    }

    private void gevolgen(Verwerking v, Besluit besluit, String gemeente) {
        Bsn bsn = v.bsn();
        switch (besluit.soort()) {
            case GEHEEL -> plichtbeeindiging.beeindig(bsn, PlichtBeeindigd.Reden.VOLLEDIGE_VRIJSTELLING, v.vandaag());
            case TIJDELIJK -> {
                // the plicht ends the day before the vrijstelling starts (not before today's decision can see it)
                LocalDate einde = besluit.startdatum().minusDays(1);
                plichtbeeindiging.beeindig(bsn, PlichtBeeindigd.Reden.TIJDELIJKE_VRIJSTELLING,
                        einde.isAfter(v.vandaag()) ? v.vandaag() : einde);
                // after the end: the end of the plicht drops every deadline of the person
                deadlines.plan(bsn, Deadlinesoort.EINDE_TIJDELIJKE_VRIJSTELLING, besluit.einddatum().plusDays(1),
                        gemeente);
            }
            case GEDEELTELIJK -> {
                Examenniveau routeniveau = pips.actuelePip(bsn).map(PipFeiten.ActuelePip::niveau)
                        .map(n -> n == PipFeiten.Niveau.A2 ? Examenniveau.A2 : Examenniveau.B1).orElse(null);
                Set<Plichtonderdeel> vervallen = EnumSet.noneOf(Plichtonderdeel.class);
                for (Examenonderdeel onderdeel : VrijstellingPolicy.vervallen(besluit.onderdelen(), routeniveau)) {
                    vervallen.add(Plichtonderdeel.valueOf(onderdeel.name()));
                }
                if (!vervallen.isEmpty()) {
                    plichtwijziging.onderdelenVervallen(bsn, vervallen);
                }
            }
        }
    }

    private void hervat(Bsn bsn, Besluit besluit, LocalDate hervatOp) {
        if (!plichtwijziging.hervat(bsn, hervatOp)) {
            return;
        }
        long dagen = VrijstellingPolicy.dagenStilstand(besluit.startdatum(), hervatOp);
        pips.inburgeringstermijn(bsn).filter(t -> dagen > 0).ifPresent(termijn -> termijnwijziging
                .verlengNaTijdelijkeVrijstelling(bsn, termijn.einddatum().plusDays(dagen)));
    }

    private Dossier plichtige(Bsn bsn) {
        Dossier dossier = dossiers.dossier(bsn).orElseThrow(() -> new NietGevondenException("DUO kent deze persoon"
                + " niet."));
        if (!dossier.isPlichtig()) {
            throw new ConflictException("Alleen een inburgeringsplichtige kan een vrijstelling krijgen; deze persoon is"
                    + " het niet (meer).");
        }
        return dossier;
    }

    /** The gemeente that has the plicht: the one of the actuele PIP, else the one he is ingezetene of. */
    private String gemeente(Dossier dossier) {
        return pips.actuelePip(dossier.bsn()).map(PipFeiten.ActuelePip::gemeentecode)
                .or(() -> java.util.Optional.ofNullable(dossier.vestiging()).map(Dossier.Vestiging::gemeentecode))
                .orElseThrow(() -> new ConflictException("DUO kent geen gemeente die de plicht van deze persoon heeft."));
    }

    private VrijstellingsaanvraagEntity aanvraag(UUID id) {
        return aanvragen.findById(id).orElseThrow(() -> new NietGevondenException("DUO kent deze aanvraag tot"
                + " vrijstelling niet."));
    }

    private static Vrijstellingsaanvraag alsAanvraag(VrijstellingsaanvraagEntity a) {
        return new Vrijstellingsaanvraag(a.getId(), Bsn.of(a.getBsn()), a.getSoortGevraagd(), a.getRedenGevraagd(),
                a.getOnderbouwing(), a.getOnderdelenGevraagd(), a.getStartdatumGevraagd(), a.getEinddatumGevraagd(),
                a.getGemeentecode(), a.getStatus().name(),
                a.getAdviesinstantie() == null ? null : a.getAdviesinstantie().name(), a.getAdviesGevraagdOp(),
                a.getAdvies() == null ? null : a.getAdvies().name(), a.getAdviesToelichting(), a.besluit(),
                a.getDatumOordeel(), a.getIngetrokkenOp());
    }
}
