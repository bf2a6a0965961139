package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld;
import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld.Oordeel;
import nl.inburgering.duo.handhaving.persistence.VerlengingsaanvraagEntity;
import nl.inburgering.duo.handhaving.persistence.VerlengingsaanvraagRepository;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.duo.termijnbewaking.api.Signalering;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Verlenging op verzoek (seed §9.3.2): from 6 months before the end of the termijn the inburgeraar asks DUO for a
 * verlenging with an onderbouwing; DUO tells the gemeente it received it (#7, reden AANVRAAG_VERLENGING_ONTVANGEN),
 * decides (#9 to the gemeente) and a toekenning extends the termijn (#5 VERLENGING_OP_VERZOEK, through the pip
 * module's {@link Termijnwijziging}). One open aanvraag per person at a time.
 */
@Service
public class Verlengingsaanvragen {

    static final Verwerkingsactiviteit INDIENEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verlenging-aanvragen",
            "Aanvraag tot verlenging van de inburgeringstermijn ontvangen");
    static final Verwerkingsactiviteit BEOORDELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verlenging-beoordelen",
            "Aanvraag tot verlenging van de inburgeringstermijn beoordelen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/verlengingsaanvragen-raadplegen",
            "Aanvragen tot verlenging raadplegen");

    private final VerlengingsaanvraagRepository aanvragen;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Termijnwijziging termijnwijziging;
    private final Verlengingsregels regels;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    Verlengingsaanvragen(VerlengingsaanvraagRepository aanvragen, Dossiers dossiers, PipFeiten pips,
            Termijnwijziging termijnwijziging, Verlengingsregels regels, EntityManager entityManager,
            Persoonsverwerking verwerking) {
        this.aanvragen = aanvragen;
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnwijziging = termijnwijziging;
        this.regels = regels;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /**
     * 404 for a person DUO does not know; 409 without a termijn, before 6 months before its end, or while another
     * aanvraag is open.
     */
    @Transactional
    public Verlengingsaanvraag indienen(Bsn bsn, LocalDate datumAanvraag, String onderbouwing) {
        return verwerking.wijzigMetUitkomst(INDIENEN, bsn, v -> {
            Dossier dossier = dossiers.dossier(bsn)
                    .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
            PipFeiten.Termijn termijn = pips.inburgeringstermijn(bsn).orElseThrow(() -> new ConflictException(
                    "DUO heeft voor deze persoon geen inburgeringstermijn vastgesteld: er is niets te verlengen."));
            LocalDate vanaf = regels.vanaf(termijn.einddatum());
            if (datumAanvraag.isBefore(vanaf)) {
                throw new ConflictException("Een aanvraag tot verlenging kan pas vanaf " + vanaf + ", "
                        + regels.vanafVoorEinde() + " voor het einde van de inburgeringstermijn op "
                        + termijn.einddatum() + ".");
            }
            if (aanvragen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                    .anyMatch(a -> a.getStatus() == VerlengingsaanvraagEntity.Status.INGEDIEND)) {
                throw new ConflictException("Er loopt al een aanvraag tot verlenging die DUO nog niet heeft beoordeeld.");
            }
            String gemeente = pips.actuelePip(bsn).map(PipFeiten.ActuelePip::gemeentecode)
                    .orElse(dossier.vestiging().gemeentecode());
            VerlengingsaanvraagEntity aanvraag = aanvragen.save(new VerlengingsaanvraagEntity(bsn.value(),
                    datumAanvraag, onderbouwing, gemeente, v.nu()));
            // #7 "per datum volledige aanvraag" (TopicCatalogue): the deadline counts from the day of the aanvraag
            v.publiceer(new Signalering(bsn, gemeente, Signalering.Reden.AANVRAAG_VERLENGING_ONTVANGEN,
                    termijn.einddatum(), v.vandaag(), datumAanvraag, null), datumAanvraag);
            return alsAanvraag(aanvraag);
        });
    }

    /**
     * 404 for an unknown aanvraag; 409 when it was beoordeeld already or the new einddatum is not after the current
     * one; 400 for a verlengingsgrond not on DUO's list.
     */
    @Transactional
    public Verlengingsaanvraag beoordeel(Beoordeling beoordeling) {
        VerlengingsaanvraagEntity aanvraag = aanvragen.findById(beoordeling.aanvraag())
                .orElseThrow(() -> new NietGevondenException("DUO kent deze aanvraag tot verlenging niet."));
        Bsn bsn = Bsn.of(aanvraag.getBsn());
        return verwerking.wijzigMetUitkomst(BEOORDELEN, bsn, v -> {
            entityManager.refresh(aanvraag);
            if (aanvraag.getStatus() == VerlengingsaanvraagEntity.Status.BEOORDEELD) {
                throw new ConflictException("DUO heeft deze aanvraag al beoordeeld.");
            }
            LocalDate vandaag = v.vandaag();
            String omschrijving = null;
            if (beoordeling.oordeel() == Oordeel.TOEKENNING) {
                omschrijving = termijnwijziging.verlengingsgrond(beoordeling.verlengingsgrondcode())
                        .orElseThrow(() -> new OngeldigeInvoerException(List.of(new InvalidParam("verlengingsgrondcode",
                                "enum", "De verlengingsgrond staat niet op DUO's lijst (GET /m2m/v1/verlengingsgronden)."))));
                PipFeiten.Termijn termijn = pips.inburgeringstermijn(bsn).orElseThrow(() -> new ConflictException(
                        "DUO heeft voor deze persoon geen inburgeringstermijn vastgesteld."));
                if (!beoordeling.nieuweEinddatum().isAfter(termijn.einddatum())) {
                    throw new ConflictException("De nieuwe einddatum ligt niet na de huidige einddatum "
                            + termijn.einddatum() + ".");
                }
                termijnwijziging.verleng(bsn, beoordeling.nieuweEinddatum(), Termijnwijziging.Verlenging.OP_VERZOEK,
                        beoordeling.verlengingsgrondcode());
            }
            boolean toegekend = beoordeling.oordeel() == Oordeel.TOEKENNING;
            aanvraag.beoordeeld(beoordeling.oordeel(), toegekend ? beoordeling.verlengingsgrondcode() : null,
                    toegekend ? beoordeling.nieuweEinddatum() : null, vandaag);
            v.publiceer(new AanvraagVerlengingBeoordeeld(bsn, aanvraag.getGemeentecode(), beoordeling.oordeel(),
                    aanvraag.getDatumAanvraag(), vandaag, aanvraag.getVerlengingsgrondcode(), omschrijving,
                    aanvraag.getNieuweEinddatum()), vandaag);
            return alsAanvraag(aanvraag);
        });
    }

    /** Every aanvraag of the person, oldest first; 404 for a person DUO does not know. */
    @Transactional(readOnly = true)
    public List<Verlengingsaanvraag> zoek(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> aanvragen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                .map(Verlengingsaanvragen::alsAanvraag).toList());
    }

    private static Verlengingsaanvraag alsAanvraag(VerlengingsaanvraagEntity a) {
        return new Verlengingsaanvraag(a.getId(), Bsn.of(a.getBsn()), a.getDatumAanvraag(), a.getOnderbouwing(),
                a.getGemeentecode(), a.getStatus().name(), a.getOordeel(), a.getVerlengingsgrondcode(),
                a.getNieuweEinddatum(), a.getDatumBeschikking());
    }
}
