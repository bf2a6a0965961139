package nl.inburgering.duo.lening.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.domain.Leningaanvraagregels;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Terugbetaling;
import nl.inburgering.duo.lening.domain.Terugbetalingsregels;
import nl.inburgering.duo.lening.persistence.LeningEntity;
import nl.inburgering.duo.lening.persistence.LeningRepository;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The lening at DUO's backoffice (seed §12.2, §12.3): the aanvraag of a plichtige gezinsmigrant or overige migrant,
 * the beslissing (a toekenning of at most the maximum, or an afwijzing with reasons), a new draagkracht of the
 * debiteur, and the reads. Every change is kept in the lening's history with who, when and why, and recorded in the
 * Logboek through Persoonsverwerking.
 */
@Service
public class Leningen {

    static final Verwerkingsactiviteit AANVRAGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-aanvragen", "Aanvraag lening registreren");
    static final Verwerkingsactiviteit BESLISSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-beslissen", "Beslissen op een aanvraag lening");
    static final Verwerkingsactiviteit DRAAGKRACHT = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/lening-draagkracht",
            "Draagkracht van de debiteur vaststellen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/leningen-raadplegen", "Leningen raadplegen");

    private final LeningRepository leningen;
    private final Leningdossier dossier;
    private final Dossiers dossiers;
    private final Leningvoorwaarden voorwaarden;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;
    private final PipFeiten pips;
    private final Terugbetalingen terugbetalingen;

    Leningen(LeningRepository leningen, Leningdossier dossier, Dossiers dossiers, Leningvoorwaarden voorwaarden,
            EntityManager entityManager, Persoonsverwerking verwerking, PipFeiten pips,
            Terugbetalingen terugbetalingen) {
        this.pips = pips;
        this.terugbetalingen = terugbetalingen;
        this.leningen = leningen;
        this.dossier = dossier;
        this.dossiers = dossiers;
        this.voorwaarden = voorwaarden;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /** 404 for a person DUO does not know; 409 for an asielstatushouder, a person without plicht, a second lening. */
    @Transactional
    public Lening aanvragen(Bsn bsn, BigDecimal gevraagdBedrag, LocalDate datumAanvraag, String toelichting,
            String door) {
        return verwerking.wijzigMetUitkomst(AANVRAGEN, bsn, v -> {
            Dossier persoon = dossiers.dossier(bsn)
                    .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
            boolean lopend = !leningen.findByBsnAndStatusIn(bsn.value(),
                    EnumSet.of(Leningstatus.AANGEVRAAGD, Leningstatus.TOEGEKEND)).isEmpty();
            Leningaanvraagregels.bezwaarTegenAanvraag(persoon.isPlichtig(), persoon.isAsielstatushouder(), lopend)
                    .ifPresent(bezwaar -> {
                        throw new ConflictException(bezwaar);
                    });
            LeningEntity lening = leningen.save(new LeningEntity(bsn.value(), gevraagdBedrag, datumAanvraag, v.nu()));
            dossier.leg(v, lening.getId(), null, Gebeurtenis.AANGEVRAAGD, door, toelichting);
            return dossier.weergave(lening);
        });
    }

    /** 404 for an unknown lening; 409 when it is decided already; 400 for an amount above the maximum. */
    @Transactional
    public Lening beslis(Leningbeslissing b, String door) {
        LeningEntity gevonden = vind(b.lening());
        return verwerking.wijzigMetUitkomst(BESLISSEN, Bsn.of(gevonden.getBsn()), v -> {
            LeningEntity lening = ververs(gevonden);
            if (lening.getStatus() != Leningstatus.AANGEVRAAGD) {
                throw new ConflictException("Op deze aanvraag is al beslist: de lening is " + lening.getStatus() + ".");
            }
            if (b.toekenning()) {
                List<String> bezwaren = Leningaanvraagregels.bezwarenTegenBedrag(b.bedrag(), voorwaarden.maximum());
                if (!bezwaren.isEmpty()) {
                    throw new OngeldigeInvoerException(bezwaren.stream()
                            .map(z -> new InvalidParam("bedrag", "range", z)).toList());
                }
                lening.toegekend(b.bedrag(), v.vandaag());
                dossier.leg(v, lening.getId(), null, Gebeurtenis.TOEGEKEND, door, b.toelichting());
                pips.inburgeringstermijn(v.bsn()).ifPresent(termijn -> terugbetalingen.zesJaarBewaken(v.bsn(),
                        termijn.einddatum(), pips.actuelePip(v.bsn()).map(PipFeiten.ActuelePip::gemeentecode)
                                .orElseGet(() -> dossiers.dossier(v.bsn()).map(d -> d.vestiging().gemeentecode())
                                        .orElse(null))));
            } else {
                lening.afgewezen(b.redenen(), v.vandaag());
                dossier.leg(v, lening.getId(), null, Gebeurtenis.AFGEWEZEN, door, b.toelichting());
            }
            return dossier.weergave(lening);
        });
    }

    /**
     * The debiteur asks for a (new) vaststelling of his draagkracht (§12.3): the termijnbedrag follows from his
     * yearly income; the first incasso stays. 409 when the lening is not being paid back.
     */
    @Transactional
    public Lening draagkracht(UUID id, BigDecimal jaarinkomen, String toelichting, String door) {
        LeningEntity gevonden = vind(id);
        return verwerking.wijzigMetUitkomst(DRAAGKRACHT, Bsn.of(gevonden.getBsn()), v -> {
            LeningEntity lening = ververs(gevonden);
            if (lening.getStatus() != Leningstatus.TERUG_TE_BETALEN) {
                throw new ConflictException("De draagkracht telt alleen bij een lening die wordt terugbetaald; deze "
                        + "lening is " + lening.getStatus() + ".");
            }
            lening.draagkracht(jaarinkomen);
            Terugbetaling nieuw = Terugbetalingsregels.terugbetaling(lening.getBesteedBedrag(), jaarinkomen,
                    v.vandaag(), voorwaarden.terugbetaling());
            lening.terugbetaling(new Terugbetaling(nieuw.termijnbedrag(), nieuw.aantalTermijnen(),
                    lening.getIncassoVanaf()));
            dossier.leg(v, lening.getId(), null, Gebeurtenis.DRAAGKRACHT_VASTGESTELD, door, toelichting
                    + " (termijnbedrag EUR " + lening.getTermijnbedrag().toPlainString() + ")");
            return dossier.weergave(lening);
        });
    }

    @Transactional(readOnly = true)
    public Lening raadpleeg(UUID id) {
        LeningEntity lening = vind(id);
        return verwerking.raadpleeg(RAADPLEGEN, Bsn.of(lening.getBsn()), () -> dossier.weergave(lening));
    }

    /** Every lening of the person, oldest first. */
    @Transactional(readOnly = true)
    public List<Lening> zoek(Bsn bsn) {
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> leningen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                .map(dossier::weergave).toList());
    }

    /** The leningen in a status, oldest first, at most {@code aantal} from {@code pagina}. */
    @Transactional(readOnly = true)
    public List<Lening> metStatus(Leningstatus status, int pagina, int aantal) {
        return verwerking.raadpleegLijst(RAADPLEGEN, () -> leningen.findByStatusOrderByIngediendOp(status,
                PageRequest.of(pagina, aantal)).stream().map(dossier::weergave).toList(), Lening::bsn);
    }

    private LeningEntity vind(UUID id) {
        return leningen.findById(id).orElseThrow(() -> new NietGevondenException("DUO kent deze lening niet."));
    }

    /** Read again under the person's lock: a change meanwhile counts. */
    private LeningEntity ververs(LeningEntity lening) {
        entityManager.refresh(lening);
        return lening;
    }
}
