package nl.inburgering.duo.pip.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.domain.InburgeringstermijnPolicy;
import nl.inburgering.duo.pip.domain.InburgeringstermijnVastgesteld;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.domain.PipAfgewezen;
import nl.inburgering.duo.pip.domain.PipBeoordeling;
import nl.inburgering.duo.pip.domain.PipContext;
import nl.inburgering.duo.pip.domain.PipGeregistreerd;
import nl.inburgering.duo.pip.domain.PipValidatiePolicy;
import nl.inburgering.duo.pip.domain.PipWijzigingPolicy;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.pip.persistence.TermijnhistorieEntity;
import nl.inburgering.duo.pip.persistence.TermijnhistorieRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Seed §4 and DUO's README "Het aanleveren van een PIP": DUO judges a delivered PIP against what it knows of the
 * person ({@link PipValidatiePolicy}) and answers the delivering gemeente on {@code REGISTRATIE_PIP}, with every
 * reason when it refuses. The first PIP sets the inburgeringstermijn (Wi2021 art. 11) and delivers #5 to that
 * gemeente in the same transaction; a later PIP never moves it. One handler for #16 and the M2M POST, so both
 * follow the same rules.
 */
@Service
public class PipRegistrerenHandler {

    public static final String GEEN_INBURGERINGSPLICHT = "GEEN_INBURGERINGSPLICHT";
    public static final String GEEN_PIP_OM_TE_WIJZIGEN = "GEEN_PIP_OM_TE_WIJZIGEN";

    static final Verwerkingsactiviteit REGISTREREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/pip-registreren",
            "PIP registreren en inburgeringstermijn vaststellen");

    private final Dossiers dossiers;
    private final PipRepository pips;
    private final InburgeringstermijnRepository termijnen;
    private final TermijnhistorieRepository termijnhistorie;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    PipRegistrerenHandler(Dossiers dossiers, PipRepository pips, InburgeringstermijnRepository termijnen,
            TermijnhistorieRepository termijnhistorie, Persoonsverwerking verwerking,
            ApplicationEventPublisher events) {
        this.events = events;
        this.dossiers = dossiers;
        this.pips = pips;
        this.termijnen = termijnen;
        this.termijnhistorie = termijnhistorie;
        this.verwerking = verwerking;
    }

    /** Joins the inbox transaction of #16, or opens its own for the M2M POST. */
    @Transactional
    public PipRegistratie handle(PipRegistreren command) {
        return verwerking.wijzigMetUitkomst(REGISTREREN, command.bsn(), v -> registreer(v, command));
    }

    private PipRegistratie registreer(Verwerking v, PipRegistreren command) {
        String bsn = command.bsn().value();
        LocalDate vandaag = v.vandaag();
        List<PipEntity> geregistreerd = pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn);
        Optional<PipEntity> actuele = geregistreerd.stream().findFirst();

        List<Overtreding> vooraf = new ArrayList<>();
        Optional<Dossier> plicht = dossiers.dossier(command.bsn()).filter(Dossier::isPlichtig);
        if (plicht.isEmpty()) {
            vooraf.add(new Overtreding("bsn", GEEN_INBURGERINGSPLICHT,
                    "DUO kent geen inburgeringsplicht van deze persoon."));
        }
        if (command.wijziging() && actuele.isEmpty()) {
            vooraf.add(new Overtreding("pip", GEEN_PIP_OM_TE_WIJZIGEN,
                    "Een gewijzigde PIP kan alleen worden aangeleverd als DUO al een PIP heeft geregistreerd."));
        }
        if (plicht.isEmpty()) {
            // Without a plicht there is no begindatum or doelgroep to judge the rest against.
            return afwijzen(v, command, vooraf, vandaag);
        }

        PipContext context = context(command, plicht.get(), geregistreerd);
        PipBeoordeling beoordeling = PipValidatiePolicy.beoordeel(command.pip(), context);
        List<Overtreding> overtredingen = new ArrayList<>(vooraf);
        overtredingen.addAll(beoordeling.overtredingen());
        if (command.wijziging() && actuele.isPresent()) {
            // the reden of a route change must be what changes (seed §5.3, §6.3, §7.3)
            overtredingen.addAll(PipWijzigingPolicy.beoordeel(command.redenWijziging(), actuele.get().alsPip(),
                    command.pip()));
        }
        if (!overtredingen.isEmpty()) {
            return afwijzen(v, command, overtredingen, vandaag);
        }
        Pip pip = beoordeling.teRegistreren().orElseThrow();
        if (actuele.filter(a -> isZelfde(a, pip, command)).isPresent()) {
            return new PipRegistratie(List.of(), false, true);
        }
        pips.save(new PipEntity(bsn, pip, command.indicatorMagOpleidingAfmaken(),
                command.eenzijdigVastgesteld(), command.redenWijziging(), command.datumWijziging(),
                command.kanaal(), vandaag));
        // The termijn exists iff a first PIP was ever registered; a later or changed PIP never moves it.
        boolean eerstePip = !termijnen.existsById(bsn);
        v.publiceer(new PipGeregistreerd(command.bsn(), command.gemeentecode(), pip.dagtekening(), pip.leerroute(),
                pip.niveau(), eerstePip, vandaag), command.signaal());
        if (eerstePip) {
            stelTermijnVast(v, command, pip, vandaag);
        }
        return new PipRegistratie(List.of(), eerstePip, false);
    }

    private void stelTermijnVast(Verwerking v, PipRegistreren command, Pip pip, LocalDate vandaag) {
        String bsn = command.bsn().value();
        Inburgeringstermijn termijn = InburgeringstermijnPolicy.bepaal(pip.dagtekening());
        termijnen.save(new InburgeringstermijnEntity(bsn, command.gemeentecode(), termijn, pip.dagtekening(), vandaag));
        termijnhistorie.save(new TermijnhistorieEntity(bsn, termijn.begindatum(), termijn.einddatum(),
                null, null, vandaag));
        v.publiceer(new InburgeringstermijnVastgesteld(command.bsn(), command.gemeentecode(), termijn.begindatum(),
                termijn.einddatum(), pip.dagtekening(), vandaag), command.signaal());
        events.publishEvent(new TermijnIngesteld(command.bsn(), command.gemeentecode(), termijn.begindatum(),
                termijn.einddatum(), TermijnIngesteld.Aanleiding.EERSTE_PIP));
    }

    private PipRegistratie afwijzen(Verwerking v, PipRegistreren command, List<Overtreding> overtredingen,
            LocalDate vandaag) {
        v.publiceer(new PipAfgewezen(command.bsn(), command.gemeentecode(), command.pip().dagtekening(),
                command.wijziging(), List.copyOf(overtredingen), vandaag), command.signaal());
        return PipRegistratie.afgewezen(overtredingen);
    }

    /**
     * The vestiging is the BRP's: only when the delivering gemeente is the one the person is ingezetene of now is
     * there a day to compare with. An asielstatushouder still in the AZC of another gemeente has no vestiging in
     * the gekoppelde gemeente yet, and the rule has no input then.
     */
    private static PipContext context(PipRegistreren command, Dossier plicht, List<PipEntity> geregistreerd) {
        LocalDate vestiging = command.gemeentecode().equals(plicht.vestiging().gemeentecode())
                ? plicht.vestiging().datum() : null;
        boolean asielstatushouder = plicht.isAsielstatushouder();
        LocalDate initiele = geregistreerd.isEmpty() ? null : geregistreerd.get(geregistreerd.size() - 1).getDagtekening();
        LocalDate actuele = geregistreerd.isEmpty() ? null : geregistreerd.get(0).getDagtekening();
        return new PipContext(plicht.begindatum(), vestiging, asielstatushouder, initiele, actuele);
    }

    private static boolean isZelfde(PipEntity actuele, Pip pip, PipRegistreren command) {
        return actuele.alsPip().equals(pip)
                && actuele.isIndicatorMagOpleidingAfmaken() == command.indicatorMagOpleidingAfmaken()
                && actuele.isEenzijdigVastgesteld() == command.eenzijdigVastgesteld()
                && Objects.equals(actuele.getGemeentecode(), command.gemeentecode());
    }
}
