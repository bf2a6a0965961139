package nl.inburgering.duo.lening.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.lening.domain.FactuurBeoordeeld;
import nl.inburgering.duo.lening.domain.Factuurcontrole;
import nl.inburgering.duo.lening.domain.Factuurfeiten;
import nl.inburgering.duo.lening.domain.Factuuroordeel;
import nl.inburgering.duo.lening.domain.Factuurregel;
import nl.inburgering.duo.lening.domain.Factuurstatus;
import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.domain.Goedkeuring;
import nl.inburgering.duo.lening.domain.Keurmerk;
import nl.inburgering.duo.lening.domain.Leerroute;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Niveau;
import nl.inburgering.duo.lening.persistence.LeningEntity;
import nl.inburgering.duo.lening.persistence.LeningFactuurEntity;
import nl.inburgering.duo.lening.persistence.LeningFactuurRepository;
import nl.inburgering.duo.lening.persistence.LeningRepository;
import nl.inburgering.duo.pip.api.Keurmerken;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The facturen paid from a lening (seed §12.2). An instelling's factuur (FactuurIngediend) is registered for the
 * person's latest lening and waits for the inburgeraar's goedkeuring (electronically in Mijn DUO, or a paper factuur
 * with onderbouwing; DUO's backoffice records either, decision 0039). Then DUO checks it against every
 * {@link Factuurregel} (an erkende instelling is one with a keurmerk in DUO's register, {@link Keurmerken}):
 * betaalbaar gesteld (the amount is besteed from the lening and paid to the instelling that day)
 * or afgewezen with every reason; either way FactuurBeoordeeld goes to the instelling.
 */
@Service
public class Facturen {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-factuur-ontvangen",
            "Factuur uit een lening ontvangen");
    static final Verwerkingsactiviteit BEOORDELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-factuur-beoordelen",
            "Factuur uit een lening goedkeuren en beoordelen");

    static final Verwerkingsactiviteit RAADPLEGEN_EIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/mijn-lening-raadplegen",
            "Eigen lening raadplegen (Mijn DUO)");
    /** Who approved, in the history: the inburgeraar himself (never his BSN). */
    static final String INBURGERAAR = "inburgeraar (DigiD)";

    private final LeningRepository leningen;
    private final LeningFactuurRepository facturen;
    private final Leningdossier dossier;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Keurmerken keurmerken;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    Facturen(LeningRepository leningen, LeningFactuurRepository facturen, Leningdossier dossier, Dossiers dossiers,
            PipFeiten pips, Keurmerken keurmerken, EntityManager entityManager, Persoonsverwerking verwerking) {
        this.leningen = leningen;
        this.facturen = facturen;
        this.dossier = dossier;
        this.dossiers = dossiers;
        this.pips = pips;
        this.keurmerken = keurmerken;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /** Registers the factuur for the person's latest lening; nothing is written for a person without a lening. */
    @Transactional
    public Factuurontvangst ontvangen(Bsn bsn, IngediendeFactuur f) {
        AtomicReference<Factuurontvangst> uitkomst = new AtomicReference<>(Factuurontvangst.GEEN_LENING);
        verwerking.wijzigAlsBekend(ONTVANGEN, bsn, b -> laatsteLening(b).isPresent(), v -> {
            if (facturen.findByInstellingsnummerAndFactuurnummer(f.instellingsnummer(), f.factuurnummer())
                    .isPresent()) {
                uitkomst.set(Factuurontvangst.AL_ONTVANGEN);
                return;
            }
            LeningEntity lening = laatsteLening(bsn).orElseThrow();
            LeningFactuurEntity factuur = facturen.save(new LeningFactuurEntity(lening.getId(), bsn.value(),
                    f.instellingsnummer(), f.factuurnummer(), f.leerroute(), f.niveau(), f.omschrijving(), f.bedrag(),
                    f.factuurdatum(), v.nu()));
            dossier.leg(v, lening.getId(), factuur.getId(), Gebeurtenis.FACTUUR_ONTVANGEN, Leningdossier.SYSTEEM,
                    "Factuur " + f.factuurnummer() + " van instelling " + f.instellingsnummer() + " over EUR "
                            + f.bedrag().toPlainString() + " ontvangen; wacht op de goedkeuring van de inburgeraar.");
            uitkomst.set(Factuurontvangst.ONTVANGEN);
        });
        return uitkomst.get();
    }

    /**
     * The inburgeraar approved the factuur (electronically or on paper): DUO checks it and pays it or refuses it.
     * 404 for an unknown factuur or one of another lening; 409 for a factuur already judged.
     */
    @Transactional
    public Lening goedkeuren(UUID leningId, UUID factuurId, Goedkeuring hoe, String toelichting, String door) {
        LeningFactuurEntity gevonden = facturen.findById(factuurId).filter(f -> f.getLeningId().equals(leningId))
                .orElseThrow(() -> new NietGevondenException("Deze lening heeft geen factuur met dit id."));
        Bsn bsn = Bsn.of(gevonden.getBsn());
        return verwerking.wijzigMetUitkomst(BEOORDELEN, bsn, v -> {
            entityManager.refresh(gevonden);
            LeningEntity lening = leningen.findById(leningId).orElseThrow();
            entityManager.refresh(lening);
            if (gevonden.getStatus() != Factuurstatus.WACHT_OP_GOEDKEURING) {
                throw new ConflictException("Deze factuur is al beoordeeld: " + gevonden.getStatus() + ".");
            }
            gevonden.goedgekeurd(hoe, v.nu());
            dossier.leg(v, leningId, factuurId, Gebeurtenis.FACTUUR_GOEDGEKEURD, door,
                    (hoe == Goedkeuring.PAPIER ? "Papieren factuur met onderbouwing ontvangen. "
                            : "Goedgekeurd door de inburgeraar in Mijn DUO. ") + toelichting);
            beoordeel(v, bsn, lening, gevonden);
            return dossier.weergave(lening);
        });
    }

    /**
     * The inburgeraar himself approves a factuur in Mijn DUO (his token's BSN): a factuur of another person answers
     * 404, as one that does not exist.
     */
    @Transactional
    public Lening goedkeurenDoorInburgeraar(Bsn inburgeraar, UUID factuurId) {
        LeningFactuurEntity factuur = facturen.findById(factuurId).filter(f -> f.getBsn().equals(inburgeraar.value()))
                .orElseThrow(() -> new NietGevondenException("U heeft geen factuur met dit id."));
        return goedkeuren(factuur.getLeningId(), factuurId, Goedkeuring.ELEKTRONISCH,
                "Goedgekeurd met DigiD.", INBURGERAAR);
    }

    /** The leningen of the inburgeraar himself, oldest first. */
    @Transactional(readOnly = true)
    public List<Lening> vanInburgeraar(Bsn inburgeraar) {
        return verwerking.raadpleeg(RAADPLEGEN_EIGEN, inburgeraar, () -> leningen
                .findByBsnOrderByIngediendOp(inburgeraar.value()).stream().map(dossier::weergave).toList());
    }

    private void beoordeel(Verwerking v, Bsn bsn, LeningEntity lening, LeningFactuurEntity factuur) {
        Optional<PipFeiten.ActuelePip> pip = pips.actuelePip(bsn);
        boolean plichtLoopt = dossiers.dossier(bsn).map(Dossier::isPlichtig).orElse(false);
        Factuurfeiten feiten = new Factuurfeiten(lening.getStatus() == Leningstatus.TOEGEKEND,
                pip.map(p -> leerroute(p.leerroute())).orElse(null),
                pip.map(PipFeiten.ActuelePip::niveau).map(n -> Niveau.valueOf(n.name())).orElse(null),
                factuur.getLeerroute(), factuur.getNiveau(), keurmerk(factuur.getInstellingsnummer()),
                factuur.getBedrag(), lening.restant(), plichtLoopt);
        List<String> redenen = Factuurcontrole.overtreden(feiten).stream().map(r -> r == Factuurregel.BINNEN_RESTANT
                ? r.zin() + " Over: EUR " + lening.restant().toPlainString() + "." : r.zin()).toList();
        if (redenen.isEmpty()) {
            factuur.betaalbaarGesteld(v.vandaag());
            lening.besteed(factuur.getBedrag());
            dossier.leg(v, lening.getId(), factuur.getId(), Gebeurtenis.FACTUUR_BETAALBAAR_GESTELD,
                    Leningdossier.SYSTEEM, "EUR " + factuur.getBedrag().toPlainString() + " betaalbaar gesteld en op "
                            + v.vandaag() + " aan instelling " + factuur.getInstellingsnummer() + " betaald.");
        } else {
            factuur.afgewezen(redenen, v.vandaag());
            dossier.leg(v, lening.getId(), factuur.getId(), Gebeurtenis.FACTUUR_AFGEWEZEN, Leningdossier.SYSTEEM,
                    String.join(" ", redenen));
        }
        v.publiceer(new FactuurBeoordeeld(bsn, factuur.getFactuurnummer(), factuur.getInstellingsnummer(),
                redenen.isEmpty() ? Factuuroordeel.BETAALBAAR_GESTELD : Factuuroordeel.AFGEWEZEN,
                factuur.getBedragBetaalbaar(), redenen, v.vandaag()));
    }

    /**
     * Erkend means certified: the keurmerk register DUO keeps for the PIP (Blik op Werk, Taalschakeltraject), not
     * keten.duo.instellingen, which only says DUO knows the instelling as a sender (the factuur got this far by it).
     */
    private Keurmerk keurmerk(String instellingsnummer) {
        Keurmerken.Keurmerk k = keurmerken.van(instellingsnummer);
        return new Keurmerk(k.blikOpWerk(), k.taalschakeltraject());
    }

    private Optional<LeningEntity> laatsteLening(Bsn bsn) {
        List<LeningEntity> alle = leningen.findByBsnOrderByIngediendOp(bsn.value());
        return alle.isEmpty() ? Optional.empty() : Optional.of(alle.get(alle.size() - 1));
    }

    private static Leerroute leerroute(PipFeiten.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.Z_ROUTE;
        };
    }

}
