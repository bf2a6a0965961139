package nl.inburgering.duo.pip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.duo.inburgeringsplicht.domain.Doelgroep;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.pip.domain.ErkendeInstellingen;
import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodContext;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodPolicy;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Seed §4.2 and DUO's README "Inburgeringsaanbod": DUO registers the aanbod per instelling, a new delivery for an
 * instelling overwriting the previous one. A delivery is registered as a whole or not at all: with one instelling
 * refused, the gemeente gets every reason for every instelling and nothing is stored.
 */
@Service
public class InburgeringsaanbodRegistrerenHandler {

    public static final String AANBOD_VAN_ANDERE_GEMEENTE = "AANBOD_VAN_ANDERE_GEMEENTE";

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsaanbod-registreren",
            "Inburgeringsaanbod registreren");

    private final InburgeringsplichtRepository plichten;
    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final ErkendeInstellingen erkend;
    private final Outbox outbox;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    InburgeringsaanbodRegistrerenHandler(InburgeringsplichtRepository plichten, PipRepository pips,
            InburgeringstermijnRepository termijnen, InburgeringsaanbodRepository aanbiedingen,
            ErkendeInstellingen erkend, Outbox outbox, Persoonsvergrendeling vergrendeling, Logboek logboek,
            Clock clock) {
        this.plichten = plichten;
        this.pips = pips;
        this.termijnen = termijnen;
        this.aanbiedingen = aanbiedingen;
        this.erkend = erkend;
        this.outbox = outbox;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    /** Joins the inbox transaction of #16, or opens its own for the M2M POST. */
    @Transactional
    public List<Overtreding> handle(InburgeringsaanbodRegistreren command) {
        vergrendeling.vergrendel(command.bsn());
        logboek.leg(REGISTREREN, command.bsn());
        LocalDate vandaag = LocalDate.now(clock);
        Optional<InburgeringsplichtEntity> plicht = plichten.findById(command.bsn())
                .filter(p -> p.getStatus() == InburgeringsplichtEntity.Status.PLICHTIG);
        Set<Overtreding> overtredingen = new LinkedHashSet<>();
        if (plicht.isEmpty()) {
            overtredingen.add(new Overtreding("bsn", PipRegistrerenHandler.GEEN_INBURGERINGSPLICHT,
                    "DUO kent geen inburgeringsplicht van deze persoon."));
        }
        boolean asielmigrant = plicht.map(p -> p.getGedetailleerdeDoelgroep() != null
                && p.getGedetailleerdeDoelgroep().indeling() == Doelgroep.ASIELSTATUSHOUDER).orElse(false);
        InburgeringsaanbodContext context = new InburgeringsaanbodContext(asielmigrant,
                pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(command.bsn()).map(PipEntity::alsPip).orElse(null),
                termijnen.findById(command.bsn()).map(InburgeringstermijnEntity::alsTermijn).orElse(null));
        for (Inburgeringsaanbod aanbod : command.aanbod()) {
            // A reason that holds for the person (no PIP, no asielmigrant) is reported once, not per instelling.
            overtredingen.addAll(InburgeringsaanbodPolicy.beoordeel(aanbod, context, erkend));
        }
        if (!overtredingen.isEmpty()) {
            outbox.publiceer(command.bsn(), InburgeringsaanbodAfgewezen.newBuilder()
                    .setBsn(command.bsn()).setGemeentecode(command.gemeentecode())
                    .setDatumInburgeringsaanbod(command.datumInburgeringsaanbod())
                    .setRedenen(overtredingen.stream().map(o -> Afwijzingsreden.newBuilder().setCode(o.code())
                            .setOmschrijving(o.omschrijving()).build()).toList())
                    .setDatumAfwijzing(vandaag).build(), command.signaal());
            return List.copyOf(overtredingen);
        }
        boolean nieuw = false;
        for (Inburgeringsaanbod aanbod : command.aanbod()) {
            InburgeringsaanbodEntity rij = aanbiedingen
                    .findByBsnAndInstellingsnummer(command.bsn(), aanbod.instellingsnummer())
                    .orElseGet(() -> new InburgeringsaanbodEntity(command.bsn(), aanbod.instellingsnummer()));
            if (rij.getGemeentecode() != null && rij.isGelijkAan(aanbod, command.gemeentecode())) {
                continue; // the same delivery again: nothing new to register
            }
            rij.registreer(aanbod, command.gemeentecode(), vandaag);
            aanbiedingen.save(rij);
            nieuw = true;
        }
        if (nieuw) {
            outbox.publiceer(command.bsn(), InburgeringsaanbodGeregistreerd.newBuilder()
                    .setBsn(command.bsn()).setGemeentecode(command.gemeentecode())
                    .setDatumInburgeringsaanbod(command.datumInburgeringsaanbod())
                    .setInstellingsnummers(command.aanbod().stream().map(Inburgeringsaanbod::instellingsnummer)
                            .toList())
                    .setDatumRegistratie(vandaag).build(), command.signaal());
        }
        return List.of();
    }

    /**
     * DELETE of the M2M API. Empty when DUO has no aanbod of the person at this instelling; otherwise the reasons
     * it was not deleted (empty: deleted). Only the gemeente that delivered the aanbod may withdraw it.
     */
    @Transactional
    public Optional<List<Overtreding>> verwijder(String bsn, String instellingsnummer, String gemeentecode) {
        vergrendeling.vergrendel(bsn);
        Optional<InburgeringsaanbodEntity> rij = aanbiedingen.findByBsnAndInstellingsnummer(bsn, instellingsnummer);
        if (rij.isEmpty()) {
            return Optional.empty();
        }
        logboek.leg(REGISTREREN, bsn);
        if (!rij.get().getGemeentecode().equals(gemeentecode)) {
            return Optional.of(List.of(new Overtreding("instellingsnummer", AANBOD_VAN_ANDERE_GEMEENTE,
                    "Alleen de gemeente die het inburgeringsaanbod leverde kan het verwijderen.")));
        }
        aanbiedingen.delete(rij.get());
        return Optional.of(List.of());
    }
}
