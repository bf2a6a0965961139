package nl.inburgering.coa.bewoner.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.coa.bewoner.application.Bewonerdossier.Koppeling;
import nl.inburgering.coa.bewoner.domain.AfspraakPolicy;
import nl.inburgering.coa.bewoner.domain.Beslissing;
import nl.inburgering.coa.bewoner.domain.InburgeraarGekoppeld;
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.KoppelingPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.BewonerRepository;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Links a bewoner to a gemeente and tells that gemeente and DUO (#14) and gives the gemeente the klantprofiel
 * (#15, moment KOPPELING), in one transaction. A re-koppeling to another gemeente ends the current koppeling: what
 * was arranged with the old gemeente (variant, warme overdracht) is now the new gemeente's to arrange, and the
 * afspraaktermijn starts again.
 */
@Service
public class GemeenteKoppelenHandler {

    static final Verwerkingsactiviteit KOPPELEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/coa/gemeente-koppelen",
            "Een asielstatushouder aan een beoogde vestigingsgemeente koppelen (stelseldienst 14)");

    private final Bewonerverwerking bewonerverwerking;
    private final BewonerRepository bewoners;
    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen klantprofiel;
    private final AfspraakPolicy afspraakPolicy;
    private final Clock clock;

    GemeenteKoppelenHandler(Bewonerverwerking bewonerverwerking, BewonerRepository bewoners,
            InburgeringsplichtRepository plichten, KoppelingRepository koppelingen, KlantprofielDelen klantprofiel,
            AfspraakPolicy afspraakPolicy, Clock clock) {
        this.bewonerverwerking = bewonerverwerking;
        this.bewoners = bewoners;
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.klantprofiel = klantprofiel;
        this.afspraakPolicy = afspraakPolicy;
        this.clock = clock;
    }

    private record Huidig(BewonerEntity bewoner, Optional<KoppelingEntity> koppeling) {
    }

    /** The verwachte datum van uitstroom is checked before anything is read (400, not a processing). */
    @Transactional
    public Koppeling handle(GemeenteKoppelen command) {
        if (!KoppelingPolicy.geldigeVerwachteUitstroom(command.verwachteDatumUitstroom(), LocalDate.now(clock))) {
            throw new OngeldigeInvoerException("verwachteDatumUitstroom", "past",
                    "de verwachte datum van uitstroom ligt in het verleden");
        }
        Bsn bsn = bewonerverwerking.bsnVanBewoner(command.bewonerId());
        return bewonerverwerking.wijzig(KOPPELEN, bsn, () -> {
            BewonerEntity bewoner = bewoners.findById(command.bewonerId()).orElseThrow();
            Optional<KoppelingEntity> huidige = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
            Beslissing beslissing = KoppelingPolicy.beoordeel(plichten.ontvangenVoor(bsn), bewoner.isUitgestroomd(),
                    huidige.map(KoppelingEntity::getGemeentecode), command.gemeentecode());
            beslissing.weigering().ifPresent(reden -> {
                throw new ConflictException(reden);
            });
            return new Huidig(bewoner, huidige);
        }, (huidig, verwerking) -> {
            BewonerEntity bewoner = huidig.bewoner();
            LocalDate vandaag = verwerking.vandaag();
            huidig.koppeling().ifPresent(oud -> {
                oud.beeindig(verwerking.nu());
                // at most one actuele koppeling per bewoner (unique index): end the old one before the new one exists
                koppelingen.saveAndFlush(oud);
            });
            Optional<String> vorige = KoppelingPolicy.vorigeGemeente(
                    huidig.koppeling().map(KoppelingEntity::getGemeentecode), command.gemeentecode());
            KoppelingEntity koppeling = koppelingen.save(new KoppelingEntity(UUID.randomUUID(), bewoner.getId(),
                    command.gemeentecode(), vorige.orElse(null), vandaag, command.verwachteDatumUitstroom(),
                    afspraakPolicy.uiterlijk(vandaag), verwerking.nu()));
            verwerking.publiceer(new InburgeraarGekoppeld(bsn, bewoner.getVNummer(), koppeling.getGemeentecode(),
                    vorige.orElse(null), vandaag, bewoner.getAzcLocatie(), command.verwachteDatumUitstroom()));
            klantprofiel.deelBij(Aanleiding.GEKOPPELD, bewoner, Optional.of(koppeling));
            return Dossiers.koppeling(koppeling);
        });
    }
}
