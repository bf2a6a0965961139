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
import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;
import nl.inburgering.coa.bewoner.domain.KoppelingPolicy;
import nl.inburgering.coa.bewoner.persistence.BewonerEntity;
import nl.inburgering.coa.bewoner.persistence.InburgeringsplichtRepository;
import nl.inburgering.coa.bewoner.persistence.KoppelingEntity;
import nl.inburgering.coa.bewoner.persistence.KoppelingRepository;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
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

    private final Vergrendeld vergrendeld;
    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;
    private final KlantprofielDelen klantprofiel;
    private final AfspraakPolicy afspraakPolicy;
    private final Outbox outbox;
    private final Logboek logboek;
    private final Clock clock;

    GemeenteKoppelenHandler(Vergrendeld vergrendeld, InburgeringsplichtRepository plichten,
            KoppelingRepository koppelingen, KlantprofielDelen klantprofiel, AfspraakPolicy afspraakPolicy,
            Outbox outbox, Logboek logboek, Clock clock) {
        this.vergrendeld = vergrendeld;
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.klantprofiel = klantprofiel;
        this.afspraakPolicy = afspraakPolicy;
        this.outbox = outbox;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Koppeling handle(GemeenteKoppelen command) {
        LocalDate vandaag = LocalDate.now(clock);
        if (!KoppelingPolicy.geldigeVerwachteUitstroom(command.verwachteDatumUitstroom(), vandaag)) {
            throw new OngeldigeInvoerException("verwachteDatumUitstroom", "past",
                    "de verwachte datum van uitstroom ligt in het verleden");
        }
        BewonerEntity bewoner = vergrendeld.bewoner(command.bewonerId());
        Optional<KoppelingEntity> huidige = koppelingen.findByBewonerIdAndActueelTrue(bewoner.getId());
        Optional<String> huidigeGemeente = huidige.map(KoppelingEntity::getGemeentecode);
        Beslissing beslissing = KoppelingPolicy.beoordeel(plichten.existsById(bewoner.getBsn()),
                bewoner.isUitgestroomd(), huidigeGemeente, command.gemeentecode());
        beslissing.weigering().ifPresent(reden -> {
            throw new ConflictException(reden);
        });
        huidige.ifPresent(oud -> {
            oud.beeindig(clock.instant());
            // at most one actuele koppeling per bewoner (unique index): end the old one before the new one exists
            koppelingen.saveAndFlush(oud);
        });
        Optional<String> vorige = KoppelingPolicy.vorigeGemeente(huidigeGemeente, command.gemeentecode());
        KoppelingEntity koppeling = koppelingen.save(new KoppelingEntity(UUID.randomUUID(), bewoner.getId(),
                command.gemeentecode(), vorige.orElse(null), vandaag, command.verwachteDatumUitstroom(),
                afspraakPolicy.uiterlijk(vandaag), clock.instant()));
        logboek.leg(KOPPELEN, bewoner.getBsn());
        outbox.publiceer(bewoner.getBsn(), InburgeraarGekoppeldAanGemeente.newBuilder()
                .setBsn(bewoner.getBsn())
                .setVNummer(bewoner.getVNummer())
                .setGemeentecode(koppeling.getGemeentecode())
                .setVorigeGemeentecode(vorige.orElse(null))
                .setDatumKoppeling(vandaag)
                .setAzcLocatie(bewoner.getAzcLocatie())
                .setVerwachteDatumUitstroom(command.verwachteDatumUitstroom())
                .build());
        klantprofiel.deelBij(Aanleiding.GEKOPPELD, bewoner, Optional.of(koppeling));
        return Dossiers.koppeling(koppeling);
    }
}
