package nl.inburgering.duo.ontheffing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.notificatie.api.Attentiesignaal;
import nl.inburgering.duo.notificatie.api.Attentiesignalering;
import nl.inburgering.duo.ontheffing.api.BioDossier;
import nl.inburgering.duo.ontheffing.api.BioDossiers;
import nl.inburgering.duo.ontheffing.domain.Aanvraagstatus;
import nl.inburgering.duo.ontheffing.domain.BioPolicy;
import nl.inburgering.duo.ontheffing.domain.OntheffingBeslist;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.duo.ontheffing.domain.Processtap;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsaanvraagEntity;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsaanvraagRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Ontheffing wegens bijzondere individuele omstandigheden (seed §11.3) at DUO: the aanvraag with the gemeente's advies
 * (without one DUO asks the gemeente for it at once: attentiesignaal SS140) and perhaps a machtiging for a medisch
 * onderzoek; the advies added later, the arts's advies; the complete dossier handed to SZW ({@link BioDossiers});
 * SZW's beslissing (#21, from Kafka) decided as a gehele ontheffing with the effects of every beslissing.
 */
@Service
public class BioAanvragen implements BioDossiers {

    static final Verwerkingsactiviteit AANVRAGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-bio-aanvragen",
            "Aanvraag om ontheffing wegens bijzondere individuele omstandigheden ontvangen");
    static final Verwerkingsactiviteit BEHANDELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-bio-behandelen",
            "BIO-dossier completeren en aan SZW overdragen");
    static final Verwerkingsactiviteit BESLISSING_VERWERKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-bio-beslissing-verwerken",
            "Beslissing van SZW op een BIO-dossier verwerken");
    static final Verwerkingsactiviteit SZW_RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/szw/bio-dossiers-raadplegen",
            "BIO-dossiers raadplegen voor de beslissing van SZW");

    /** What became of a beslissing of SZW that DUO received. */
    public enum Verwerkt { BESLIST, AL_BESLIST, ONBEKEND_DOSSIER, ANDERE_PERSOON, NIET_BIJ_SZW }

    private final OntheffingsaanvraagRepository aanvragen;
    private final Procesdossier dossier;
    private final Beslissingsgevolgen gevolgen;
    private final Dossiers dossiers;
    private final Attentiesignalering signalering;
    private final Artsen artsen;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    BioAanvragen(OntheffingsaanvraagRepository aanvragen, Procesdossier dossier, Beslissingsgevolgen gevolgen,
            Dossiers dossiers, Attentiesignalering signalering, Artsen artsen, EntityManager entityManager,
            Persoonsverwerking verwerking) {
        this.aanvragen = aanvragen;
        this.dossier = dossier;
        this.gevolgen = gevolgen;
        this.dossiers = dossiers;
        this.signalering = signalering;
        this.artsen = artsen;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /**
     * 404 for a person DUO does not know; 409 for a person without a plicht now.
     *
     * @param adviesGemeente the gemeente's advies the aanvraag carries, or null: DUO asks the gemeente (SS140)
     */
    @Transactional
    public Ontheffingsaanvraag aanvragen(Bsn bsn, LocalDate datumAanvraag, String adviesGemeente,
            LocalDate adviesDatum, boolean machtiging, String toelichting, String door) {
        return verwerking.wijzigMetUitkomst(AANVRAGEN, bsn, v -> {
            Dossier plicht = dossiers.dossier(bsn)
                    .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
            if (!plicht.isPlichtig()) {
                throw new ConflictException("Deze persoon is niet inburgeringsplichtig: er is niets om van te ontheffen.");
            }
            OntheffingsaanvraagEntity aanvraag = aanvragen.save(OntheffingsaanvraagEntity.bio(bsn.value(),
                    datumAanvraag, v.nu(), machtiging));
            if (adviesGemeente != null) {
                aanvraag.adviesGemeente(adviesGemeente, adviesDatum);
            }
            dossier.stap(v, aanvraag, Processtap.AANVRAGEN, door, toelichting);
            if (BioPolicy.adviesVragen(adviesGemeente != null)) {
                signalering.signaleer(bsn, plicht.vestiging().gemeentecode(), Attentiesignaal.ADVIES_BIO_GEVRAAGD);
            }
            return dossier.weergave(aanvraag);
        });
    }

    /** The gemeente's advies DUO asked for. 409 once the dossier went to SZW. */
    @Transactional
    public Ontheffingsaanvraag adviesGemeente(UUID id, String advies, LocalDate datum, String toelichting,
            String door) {
        return aanvullen(id, Processtap.ADVIES_GEMEENTE_REGISTREREN, toelichting, door,
                aanvraag -> aanvraag.adviesGemeente(advies, datum));
    }

    /** The arts's advies after a machtiging for a medisch onderzoek. 400 for another arts; 409 without machtiging. */
    @Transactional
    public Ontheffingsaanvraag medischAdvies(UUID id, String arts, String advies, String toelichting, String door) {
        if (!artsen.isAangewezen(arts)) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("arts", "enum",
                    "De arts is geen arts van de ingekochte organisatie; een van " + artsen.namen() + ".")));
        }
        return aanvullen(id, Processtap.MEDISCH_ADVIES_REGISTREREN, toelichting, door, aanvraag -> {
            if (!aanvraag.isMachtigingMedischOnderzoek()) {
                throw new ConflictException("Zonder machtiging voor medisch onderzoek adviseert geen arts.");
            }
            aanvraag.medischAdvies(arts, advies);
        });
    }

    /** DUO completed the dossier and hands it to SZW. 409 while it is not complete. */
    @Transactional
    public Ontheffingsaanvraag naarSzw(UUID id, String toelichting, String door) {
        OntheffingsaanvraagEntity gevonden = vindBio(id);
        return verwerking.wijzigMetUitkomst(BEHANDELEN, Bsn.of(gevonden.getBsn()), v -> {
            entityManager.refresh(gevonden);
            BioPolicy.onvolledig(gevonden.getStatus(), gevonden.getAdviesGemeente() != null,
                    gevonden.isMachtigingMedischOnderzoek(), gevonden.getMedischAdvies() != null)
                    .ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            gevonden.naarSzw(v.vandaag(), Aanvraagstatus.BIJ_SZW);
            dossier.stap(v, gevonden, Processtap.AAN_SZW_OVERDRAGEN, door, toelichting);
            return dossier.weergave(gevonden);
        });
    }

    /**
     * SZW's beslissing (#21) as DUO received it: a BIO ontheffing is always geheel (§11.1); #12 and, on a toekenning,
     * the end of the plicht follow. Idempotent: a dossier already decided stays as it is.
     */
    @Transactional
    public Verwerkt beslissingSzw(UUID dossierkenmerk, Bsn bsn, Oordeel oordeel, LocalDate datumBeslissing) {
        // The person's lock first, on the bsn the beslissing names, and the aanvraag read once under it: read before
        // the lock it had to be read again (refreshed) after it (issue 17). A dossier of another person is refused
        // without processing anything of either.
        Verwerkt[] uitkomst = {Verwerkt.ONBEKEND_DOSSIER};
        OntheffingsaanvraagEntity[] gevonden = {null};
        verwerking.wijzigAlsBekend(BESLISSING_VERWERKEN, bsn, b -> {
            Optional<OntheffingsaanvraagEntity> aanvraag = aanvragen.findById(dossierkenmerk)
                    .filter(a -> a.getGrond() == Ontheffingsgrond.BIO);
            if (aanvraag.isEmpty()) {
                return false;
            }
            if (!aanvraag.get().getBsn().equals(b.value())) {
                uitkomst[0] = Verwerkt.ANDERE_PERSOON;
                return false;
            }
            gevonden[0] = aanvraag.get();
            return true;
        }, v -> uitkomst[0] = beslis(v, gevonden[0], oordeel, datumBeslissing));
        return uitkomst[0];
    }

    private Verwerkt beslis(Verwerking v, OntheffingsaanvraagEntity aanvraag, Oordeel oordeel,
            LocalDate datumBeslissing) {
        if (aanvraag.getStatus() == Aanvraagstatus.BESLIST) {
            return Verwerkt.AL_BESLIST;
        }
        if (!BioPolicy.wachtOpSzw(aanvraag.getStatus())) {
            return Verwerkt.NIET_BIJ_SZW;
        }
        Bsn bsn = v.bsn();
        String gemeente = dossiers.dossier(bsn).map(d -> d.vestiging().gemeentecode()).orElseThrow();
        LocalDate vandaag = v.vandaag();
        aanvraag.beslist(oordeel, BioPolicy.soort(), Set.of(), null, vandaag, null, null, gemeente,
                Aanvraagstatus.BESLIST);
        dossier.stap(v, aanvraag, Processtap.BESLISSING_SZW_VERWERKEN, "SZW",
                "Beslissing van SZW van " + datumBeslissing + ": " + oordeel + ".");
        gevolgen.pas(v, new OntheffingBeslist(bsn, gemeente, BioPolicy.soort(), Ontheffingsgrond.BIO, oordeel,
                vandaag, Set.of(), null));
        return Verwerkt.BESLIST;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BioDossier> bijSzw() {
        return verwerking.raadpleegLijst(SZW_RAADPLEGEN, () -> aanvragen
                .findByGrondAndStatusOrderByIngediendOp(Ontheffingsgrond.BIO, Aanvraagstatus.BIJ_SZW).stream()
                .map(BioAanvragen::alsDossier).toList(), BioDossier::bsn);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BioDossier> bijSzw(UUID dossierkenmerk) {
        return aanvragen.findById(dossierkenmerk)
                .filter(a -> a.getGrond() == Ontheffingsgrond.BIO && a.getStatus() == Aanvraagstatus.BIJ_SZW)
                .map(BioAanvragen::alsDossier);
    }

    private Ontheffingsaanvraag aanvullen(UUID id, Processtap stap, String toelichting, String door,
            java.util.function.Consumer<OntheffingsaanvraagEntity> werk) {
        OntheffingsaanvraagEntity gevonden = vindBio(id);
        return verwerking.wijzigMetUitkomst(BEHANDELEN, Bsn.of(gevonden.getBsn()), v -> {
            entityManager.refresh(gevonden);
            if (!BioPolicy.magAanvullen(gevonden.getStatus())) {
                throw new ConflictException("Het dossier is " + gevonden.getStatus() + ": DUO vult het niet meer aan.");
            }
            werk.accept(gevonden);
            dossier.stap(v, gevonden, stap, door, toelichting);
            return dossier.weergave(gevonden);
        });
    }

    private OntheffingsaanvraagEntity vindBio(UUID id) {
        return aanvragen.findById(id).filter(a -> a.getGrond() == Ontheffingsgrond.BIO)
                .orElseThrow(() -> new NietGevondenException("DUO kent deze aanvraag om ontheffing BIO niet."));
    }

    private static BioDossier alsDossier(OntheffingsaanvraagEntity a) {
        return new BioDossier(a.getId(), Bsn.of(a.getBsn()), a.getDatumAanvraag(), a.getAdviesGemeente(),
                a.getAdviesGemeenteDatum(), a.isMachtigingMedischOnderzoek(), a.getMedischAdvies(), a.getNaarSzwOp());
    }
}
