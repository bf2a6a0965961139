package nl.inburgering.coa.bewoner.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Afspraak;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Deling;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.KlantprofielVersie;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Koppeling;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Plicht;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Uitstroom;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.Voorinburgering;
import nl.inburgering.coa.bewoner.application.Bewonerdossier.WarmeOverdracht;
import nl.inburgering.coa.bewoner.domain.Klantprofiel;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.coa.bewoner.persistence.KlantprofielDelingRepository;
import nl.inburgering.coa.bewoner.persistence.KlantprofielEntity;
import nl.inburgering.coa.bewoner.persistence.KlantprofielRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;

/** Builds the read models from the stored state; it reads, the caller records the read in the Logboek. */
@Component
class Dossiers {

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final KlantprofielRepository klantprofielen;
    private final KlantprofielDelingRepository delingen;

    Dossiers(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen,
            KlantprofielRepository klantprofielen, KlantprofielDelingRepository delingen) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.klantprofielen = klantprofielen;
        this.delingen = delingen;
    }

    Bewonerdossier dossier(BewonerEntity bewoner) {
        List<KoppelingEntity> historie = koppelingen.findByBewonerIdOrderByGekoppeldOp(bewoner.getId());
        List<KlantprofielVersie> profielen = klantprofielen.findByBewonerIdOrderByVersie(bewoner.getId()).stream()
                .map(Dossiers::versie).toList();
        return new Bewonerdossier(bewoner.getId(), bewoner.getBsn(), bewoner.getVNummer(), bewoner.getAzcLocatie(),
                bewoner.getGeregistreerdOp(),
                plichten.findByBsn(bewoner.getBsn()).map(Dossiers::plicht).orElse(null),
                historie.stream().filter(KoppelingEntity::isActueel).findFirst().map(Dossiers::koppeling).orElse(null),
                historie.stream().map(Dossiers::koppeling).toList(),
                profielen.isEmpty() ? null : profielen.get(profielen.size() - 1), profielen,
                voorinburgering(bewoner), uitstroom(bewoner),
                delingen.findByBewonerIdOrderById(bewoner.getId()).stream()
                        .map(d -> new Deling(d.getMoment(), d.getGemeentecode(), d.getKlantprofielVersie().orElse(null),
                                d.getGedeeldOp()))
                        .toList(),
                bewoner.getOverledenOp().orElse(null));
    }

    BewonerOverzicht overzicht(BewonerEntity bewoner) {
        return new BewonerOverzicht(bewoner.getId(), bewoner.getBsn(), bewoner.getVNummer(), bewoner.getAzcLocatie(),
                bewoner.getGeregistreerdOp(), plichten.ontvangenVoor(bewoner.getBsn()),
                koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId()).map(KoppelingEntity::getGemeentecode)
                        .orElse(null),
                bewoner.getUitgestroomdOp().orElse(null));
    }

    Koppelingsdossier koppelingsdossier(BewonerEntity bewoner, KoppelingEntity koppeling) {
        return new Koppelingsdossier(koppeling.getId(), bewoner.getBsn(), bewoner.getVNummer(),
                koppeling.getGemeentecode(), koppeling.getVorigeGemeentecode().orElse(null),
                koppeling.getDatumKoppeling(), bewoner.getAzcLocatie(),
                koppeling.getVerwachteDatumUitstroom().orElse(null), koppeling.getAfspraakUiterlijk(),
                afspraak(koppeling), warmeOverdracht(koppeling),
                bewoner.getVoorinburgeringGeaccepteerd().orElse(null), bewoner.getUitgestroomdOp().orElse(null),
                klantprofielen.findFirstByBewonerIdOrderByVersieDesc(bewoner.getId()).map(Dossiers::versie)
                        .orElse(null));
    }

    static Koppeling koppeling(KoppelingEntity k) {
        return new Koppeling(k.getId(), k.getGemeentecode(), k.getVorigeGemeentecode().orElse(null),
                k.getDatumKoppeling(), k.getVerwachteDatumUitstroom().orElse(null), k.isActueel(),
                k.getBeeindigdOp().orElse(null), k.getAfspraakUiterlijk(), afspraak(k), warmeOverdracht(k));
    }

    static Afspraak afspraak(KoppelingEntity k) {
        return k.getAfgesprokenVariant().map(variant -> new Afspraak(variant, k.getAfspraakwijze().orElse(null),
                k.getAfspraakVastgelegdOp().orElse(null))).orElse(null);
    }

    static WarmeOverdracht warmeOverdracht(KoppelingEntity k) {
        if (k.getWarmeOverdrachtGepland().isEmpty() && k.getWarmeOverdrachtGehouden().isEmpty()) {
            return null;
        }
        return new WarmeOverdracht(k.getWarmeOverdrachtGepland().orElse(null),
                k.getWarmeOverdrachtGehouden().orElse(null));
    }

    static KlantprofielVersie versie(KlantprofielEntity e) {
        Klantprofiel p = e.alsDomein();
        return new KlantprofielVersie(e.getVersie(), e.getDatumBijgewerkt(), p.geboorteland(), p.talen(),
                p.hoogstGenotenOpleiding(), p.werkervaring(), p.alfabetiseringsbehoefte(), p.voorinburgeringGevolgd(),
                p.urenVoorinburgering(), p.bijzonderheden(), e.getGeregistreerdOp());
    }

    static Voorinburgering voorinburgering(BewonerEntity bewoner) {
        return bewoner.getVoorinburgeringGeaccepteerd()
                .map(geaccepteerd -> new Voorinburgering(geaccepteerd,
                        bewoner.getVoorinburgeringVastgelegdOp().orElse(null)))
                .orElse(null);
    }

    private static Uitstroom uitstroom(BewonerEntity bewoner) {
        return bewoner.getUitgestroomdOp()
                .map(datum -> new Uitstroom(datum, bewoner.getUitstroomGemeentecode().orElse(null))).orElse(null);
    }

    private static Plicht plicht(InburgeringsplichtEntity p) {
        return new Plicht(p.getBegindatum(), p.getDoelgroep(), p.getGedetailleerdeDoelgroep(),
                p.getDatumVaststelling(), p.getGemeentecodeInschrijving(), p.getOntvangenOp(),
                p.getRedenWijziging() == null ? null : new Bewonerdossier.Wijziging(p.getRedenWijziging(),
                        p.getDatumWijziging(), p.getOpenstaandeOnderdelen() == null || p.getOpenstaandeOnderdelen()
                                .isEmpty() ? List.of() : List.of(p.getOpenstaandeOnderdelen().split(","))),
                p.isBeeindigd() ? new Bewonerdossier.Einde(p.getEinddatum(), p.getRedenBeeindiging()) : null);
    }

    Optional<KoppelingEntity> actueleKoppeling(BewonerEntity bewoner) {
        return koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
    }
}
