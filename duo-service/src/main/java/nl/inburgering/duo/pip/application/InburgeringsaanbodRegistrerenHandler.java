package nl.inburgering.duo.pip.application;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.domain.ErkendeInstellingen;
import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodAfgewezen;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodGeregistreerd;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodContext;
import nl.inburgering.duo.pip.domain.InburgeringsaanbodPolicy;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.duo.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Seed §4.2 and DUO's README "Inburgeringsaanbod": DUO registers the aanbod per instelling, a new delivery for an
 * instelling overwriting the previous one. A delivery is registered as a whole or not at all: with one instelling
 * refused, the gemeente gets every reason for every instelling and nothing is stored.
 */
@Service
public class InburgeringsaanbodRegistrerenHandler {


    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsaanbod-registreren",
            "Inburgeringsaanbod registreren");

    private final Dossiers dossiers;
    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final ErkendeInstellingen erkend;
    private final Persoonsverwerking verwerking;

    InburgeringsaanbodRegistrerenHandler(Dossiers dossiers, PipRepository pips,
            InburgeringstermijnRepository termijnen, InburgeringsaanbodRepository aanbiedingen,
            ErkendeInstellingen erkend, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnen = termijnen;
        this.aanbiedingen = aanbiedingen;
        this.erkend = erkend;
        this.verwerking = verwerking;
    }

    /** Joins the inbox transaction of #16, or opens its own for the M2M POST. */
    @Transactional
    public List<Overtreding> handle(InburgeringsaanbodRegistreren command) {
        return verwerking.wijzigMetUitkomst(REGISTREREN, command.bsn(), v -> registreer(v, command));
    }

    private List<Overtreding> registreer(Verwerking v, InburgeringsaanbodRegistreren command) {
        String bsn = command.bsn().value();
        LocalDate vandaag = v.vandaag();
        Optional<Dossier> plicht = dossiers.dossier(command.bsn()).filter(Dossier::isPlichtig);
        Set<Overtreding> overtredingen = new LinkedHashSet<>();
        if (plicht.isEmpty()) {
            overtredingen.add(new Overtreding("bsn", PipRegistrerenHandler.GEEN_INBURGERINGSPLICHT,
                    "DUO kent geen inburgeringsplicht van deze persoon."));
        }
        boolean asielmigrant = plicht.map(Dossier::isAsielstatushouder).orElse(false);
        InburgeringsaanbodContext context = new InburgeringsaanbodContext(asielmigrant,
                pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(bsn).map(PipEntity::alsPip).orElse(null),
                termijnen.findById(bsn).map(InburgeringstermijnEntity::alsTermijn).orElse(null));
        for (Inburgeringsaanbod aanbod : command.aanbod()) {
            // A reason that holds for the person (no PIP, no asielmigrant) is reported once, not per instelling.
            overtredingen.addAll(InburgeringsaanbodPolicy.beoordeel(aanbod, context, erkend));
        }
        if (!overtredingen.isEmpty()) {
            v.publiceer(new InburgeringsaanbodAfgewezen(command.bsn(), command.gemeentecode(),
                    command.datumInburgeringsaanbod(), List.copyOf(overtredingen), vandaag), command.signaal());
            return List.copyOf(overtredingen);
        }
        boolean nieuw = false;
        for (Inburgeringsaanbod aanbod : command.aanbod()) {
            InburgeringsaanbodEntity rij = aanbiedingen
                    .findByBsnAndInstellingsnummer(bsn, aanbod.instellingsnummer())
                    .orElseGet(() -> new InburgeringsaanbodEntity(bsn, aanbod.instellingsnummer()));
            if (rij.getGemeentecode() != null && rij.isGelijkAan(aanbod, command.gemeentecode())) {
                continue; // the same delivery again: nothing new to register
            }
            rij.registreer(aanbod, command.gemeentecode(), vandaag);
            aanbiedingen.save(rij);
            nieuw = true;
        }
        if (nieuw) {
            v.publiceer(new InburgeringsaanbodGeregistreerd(command.bsn(), command.gemeentecode(),
                    command.datumInburgeringsaanbod(),
                    command.aanbod().stream().map(Inburgeringsaanbod::instellingsnummer).toList(), vandaag),
                    command.signaal());
        }
        return List.of();
    }
}
