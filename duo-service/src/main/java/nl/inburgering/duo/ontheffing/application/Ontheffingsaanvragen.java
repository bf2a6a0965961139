package nl.inburgering.duo.ontheffing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.KostenPolicy;
import nl.inburgering.duo.ontheffing.domain.OntheffingBeslist;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.duo.ontheffing.domain.ProcedurePolicy;
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
 * Medische ontheffing (seed §11.2) at DUO's backoffice: the aanvraag (a gehele or gedeeltelijke ontheffing, or only
 * aangepaste examenomstandigheden), the verwijzing to an aangewezen arts with the eigen bijdrage collected (none for
 * only aangepaste examenomstandigheden), his deskundigenverklaring, DUO's formal check and the beslissing. Every step
 * in the order {@link ProcedurePolicy} allows, recorded with who, when and why. The beslissing goes to the gemeente as
 * #12 whatever it is; a gehele toekenning ends the plicht (VOLLEDIGE_ONTHEFFING, #3 beëindigd), a gedeeltelijke sets
 * its onderdelen anew (#3 gewijzigd); the eigen bijdrage is refunded on a toekenning ({@link KostenPolicy}) and the
 * arts is paid in every case.
 */
@Service
public class Ontheffingsaanvragen {

    static final Verwerkingsactiviteit AANVRAGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-aanvragen",
            "Aanvraag om ontheffing ontvangen");
    static final Verwerkingsactiviteit BEHANDELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-behandelen",
            "Aanvraag om ontheffing behandelen");
    static final Verwerkingsactiviteit BESLISSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffing-beslissen",
            "Beslissen op een aanvraag om ontheffing");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffingsaanvragen-raadplegen",
            "Aanvragen om ontheffing raadplegen");

    private final OntheffingsaanvraagRepository aanvragen;
    private final Procesdossier dossier;
    private final Dossiers dossiers;
    private final Beslissingsgevolgen gevolgen;
    private final KostenPolicy kosten;
    private final Artsen artsen;
    private final EntityManager entityManager;
    private final Persoonsverwerking verwerking;

    Ontheffingsaanvragen(OntheffingsaanvraagRepository aanvragen, Procesdossier dossier,
            Dossiers dossiers, Beslissingsgevolgen gevolgen, KostenPolicy kosten,
            Artsen artsen, EntityManager entityManager, Persoonsverwerking verwerking) {
        this.aanvragen = aanvragen;
        this.dossier = dossier;
        this.dossiers = dossiers;
        this.gevolgen = gevolgen;
        this.kosten = kosten;
        this.artsen = artsen;
        this.entityManager = entityManager;
        this.verwerking = verwerking;
    }

    /** 404 for a person DUO does not know; 409 for a person without a plicht now. */
    @Transactional
    public Ontheffingsaanvraag aanvragen(Bsn bsn, Ontheffingsoort gevraagd, Set<Examenonderdeel> onderdelen,
            LocalDate datumAanvraag, String toelichting, String door) {
        return verwerking.wijzigMetUitkomst(AANVRAGEN, bsn, v -> {
            Dossier dossier = dossiers.dossier(bsn)
                    .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
            if (!dossier.isPlichtig()) {
                throw new ConflictException("Deze persoon is niet inburgeringsplichtig: er is niets om van te ontheffen.");
            }
            OntheffingsaanvraagEntity aanvraag = aanvragen.save(new OntheffingsaanvraagEntity(bsn.value(),
                    Ontheffingsgrond.MED, gevraagd, onderdelen, datumAanvraag, v.nu()));
            stap(v, aanvraag, Processtap.AANVRAGEN, door, toelichting);
            return alsAanvraag(aanvraag);
        });
    }

    /** DUO refers the inburgeraar to an aangewezen arts and collects the eigen bijdrage. 400 for another arts. */
    @Transactional
    public Ontheffingsaanvraag verwijs(UUID id, String arts, String toelichting, String door) {
        if (!artsen.isAangewezen(arts)) {
            throw new OngeldigeInvoerException(List.of(new InvalidParam("arts", "enum",
                    "De arts is geen door SZW aangewezen arts; een van " + artsen.namen() + ".")));
        }
        return stap(id, Processtap.VERWIJZEN, door, toelichting, (v, aanvraag) -> aanvraag.verwezen(arts,
                kosten.teInnen(aanvraag.getGevraagd()), ProcedurePolicy.na(Processtap.VERWIJZEN)));
    }

    /** The arts's deskundigenverklaring reached DUO. */
    @Transactional
    public Ontheffingsaanvraag verklaringRegistreren(UUID id, LocalDate datum, String toelichting, String door) {
        return stap(id, Processtap.VERKLARING_REGISTREREN, door, toelichting, (v, aanvraag) -> aanvraag
                .verklaringOntvangen(datum, ProcedurePolicy.na(Processtap.VERKLARING_REGISTREREN)));
    }

    /** DUO's formal check of the deskundigenverklaring: was the procedure followed. */
    @Transactional
    public Ontheffingsaanvraag formeelToetsen(UUID id, boolean procedureGevolgd, String toelichting, String door) {
        return stap(id, Processtap.FORMEEL_TOETSEN, door, toelichting, (v, aanvraag) -> aanvraag
                .formeelGetoetst(procedureGevolgd, ProcedurePolicy.na(Processtap.FORMEEL_TOETSEN)));
    }

    /** 409 when {@link ProcedurePolicy} does not allow this beslissing now. */
    @Transactional
    public Ontheffingsaanvraag beslis(Beslissing b, String door) {
        OntheffingsaanvraagEntity gevonden = vind(b.aanvraag());
        Bsn bsn = Bsn.of(gevonden.getBsn());
        return verwerking.wijzigMetUitkomst(BESLISSEN, bsn, v -> {
            OntheffingsaanvraagEntity aanvraag = ververs(gevonden);
            alleenMedisch(aanvraag);
            Ontheffingsoort soort = b.oordeel() == Oordeel.AFWIJZING ? aanvraag.getGevraagd() : b.soort();
            Set<Examenonderdeel> onderdelen = soort == Ontheffingsoort.GEDEELTELIJK && b.oordeel() == Oordeel.TOEKENNING
                    ? b.onderdelen() : Set.of();
            ProcedurePolicy.bezwaarTegenBeslissing(aanvraag.getStatus(),
                    Boolean.TRUE.equals(aanvraag.getProcedureGevolgd()), aanvraag.getGevraagd(),
                    aanvraag.getGevraagdeOnderdelen(), b.oordeel(), soort, onderdelen)
                    .ifPresent(bezwaar -> {
                        throw new ConflictException(bezwaar);
                    });
            String gemeente = dossiers.dossier(bsn).map(d -> d.vestiging().gemeentecode())
                    .orElseThrow(() -> new NietGevondenException("DUO kent deze persoon niet."));
            LocalDate vandaag = v.vandaag();
            BigDecimal geind = aanvraag.getEigenBijdrageGeind() == null ? BigDecimal.ZERO
                    : aanvraag.getEigenBijdrageGeind();
            Integer uren = soort == Ontheffingsoort.GEDEELTELIJK && b.oordeel() == Oordeel.TOEKENNING ? b.uren() : null;
            aanvraag.beslist(b.oordeel(), soort, onderdelen, uren, vandaag,
                    KostenPolicy.terugTeBetalen(geind, b.oordeel(), soort), vandaag, gemeente,
                    ProcedurePolicy.na(Processtap.BESLISSEN));
            stap(v, aanvraag, Processtap.BESLISSEN, door, b.toelichting());
            gevolgen.pas(v, new OntheffingBeslist(bsn, gemeente, soort, aanvraag.getGrond(), b.oordeel(), vandaag,
                    onderdelen, uren));
            return alsAanvraag(aanvraag);
        });
    }

    /** Every aanvraag of the person, oldest first; 404 for a person DUO does not know. */
    @Transactional(readOnly = true)
    public List<Ontheffingsaanvraag> zoek(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            throw new NietGevondenException("DUO kent deze persoon niet.");
        }
        return verwerking.raadpleeg(RAADPLEGEN, bsn, () -> aanvragen.findByBsnOrderByIngediendOp(bsn.value())
                .stream().map(this::alsAanvraag).toList());
    }

    private Ontheffingsaanvraag stap(UUID id, Processtap stap, String door, String toelichting,
            BiConsumer<Verwerking, OntheffingsaanvraagEntity> werk) {
        OntheffingsaanvraagEntity gevonden = vind(id);
        return verwerking.wijzigMetUitkomst(BEHANDELEN, Bsn.of(gevonden.getBsn()), v -> {
            OntheffingsaanvraagEntity aanvraag = ververs(gevonden);
            alleenMedisch(aanvraag);
            if (!ProcedurePolicy.magVolgen(aanvraag.getStatus(), stap)) {
                throw new ConflictException("De stap " + stap + " kan niet volgen op een aanvraag die "
                        + aanvraag.getStatus() + " is.");
            }
            werk.accept(v, aanvraag);
            stap(v, aanvraag, stap, door, toelichting);
            return alsAanvraag(aanvraag);
        });
    }

    private static void alleenMedisch(OntheffingsaanvraagEntity aanvraag) {
        if (aanvraag.getGrond() != Ontheffingsgrond.MED) {
            throw new ConflictException("Dit is een aanvraag om ontheffing wegens bijzondere individuele omstandigheden:"
                    + " SZW beslist erover, na de stappen van /api/v1/ontheffingsaanvragen/bio.");
        }
    }

    private OntheffingsaanvraagEntity vind(UUID id) {
        return aanvragen.findById(id)
                .orElseThrow(() -> new NietGevondenException("DUO kent deze aanvraag om ontheffing niet."));
    }

    /** Read again under the person's lock: a step taken meanwhile counts. */
    private OntheffingsaanvraagEntity ververs(OntheffingsaanvraagEntity aanvraag) {
        entityManager.refresh(aanvraag);
        return aanvraag;
    }

    private void stap(Verwerking v, OntheffingsaanvraagEntity aanvraag, Processtap stap, String door,
            String toelichting) {
        dossier.stap(v, aanvraag, stap, door, toelichting);
    }

    private Ontheffingsaanvraag alsAanvraag(OntheffingsaanvraagEntity a) {
        return dossier.weergave(a);
    }
}
