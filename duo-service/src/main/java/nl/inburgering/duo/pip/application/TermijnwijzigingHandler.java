package nl.inburgering.duo.pip.application;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.domain.InburgeringstermijnGewijzigd;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.duo.pip.persistence.TermijnhistorieEntity;
import nl.inburgering.duo.pip.persistence.TermijnhistorieRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * {@link Termijnwijziging}: the termijn and its historie change together, #5 InburgeringstermijnGewijzigd goes to the
 * gemeente of the actuele PIP (without one, the gemeente the termijn was set for) and {@link TermijnIngesteld} tells
 * the termijnbewaking to plan the deadlines of the new einddatum, all in the caller's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class TermijnwijzigingHandler implements Termijnwijziging {

    static final Verwerkingsactiviteit WIJZIGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringstermijn-wijzigen",
            "Inburgeringstermijn verlengen of na een boete vervangen");

    private final InburgeringstermijnRepository termijnen;
    private final TermijnhistorieRepository historie;
    private final PipRepository pips;
    private final Verlengingsgronden verlengingsgronden;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;

    TermijnwijzigingHandler(InburgeringstermijnRepository termijnen, TermijnhistorieRepository historie,
            PipRepository pips, Verlengingsgronden verlengingsgronden, Persoonsverwerking verwerking,
            ApplicationEventPublisher events) {
        this.termijnen = termijnen;
        this.historie = historie;
        this.pips = pips;
        this.verlengingsgronden = verlengingsgronden;
        this.verwerking = verwerking;
        this.events = events;
    }

    @Override
    public Wijziging verleng(Bsn bsn, LocalDate nieuweEinddatum, Verlenging soort, String verlengingsgrondcode) {
        String omschrijving = verlengingsgrond(verlengingsgrondcode).orElseThrow(() -> new IllegalArgumentException(
                "verlengingsgrond " + verlengingsgrondcode + " staat niet op DUO's lijst"));
        return verwerking.wijzigMetUitkomst(WIJZIGEN, bsn, v -> {
            InburgeringstermijnEntity termijn = termijn(bsn);
            if (!nieuweEinddatum.isAfter(termijn.getEinddatum())) {
                throw new IllegalArgumentException("een verlenging eindigt na de huidige einddatum "
                        + termijn.getEinddatum() + ", niet op " + nieuweEinddatum);
            }
            InburgeringstermijnGewijzigd.Reden reden = soort == Verlenging.OP_VERZOEK
                    ? InburgeringstermijnGewijzigd.Reden.VERLENGING_OP_VERZOEK
                    : InburgeringstermijnGewijzigd.Reden.VERLENGING_AMBTSHALVE;
            return wijzig(v, termijn, new Inburgeringstermijn(termijn.getStartdatum(), nieuweEinddatum), reden,
                    verlengingsgrondcode, omschrijving);
        });
    }

    @Override
    public Wijziging verlengNaTijdelijkeVrijstelling(Bsn bsn, LocalDate nieuweEinddatum) {
        return verwerking.wijzigMetUitkomst(WIJZIGEN, bsn, v -> {
            InburgeringstermijnEntity termijn = termijn(bsn);
            if (!nieuweEinddatum.isAfter(termijn.getEinddatum())) {
                throw new IllegalArgumentException("een verlenging eindigt na de huidige einddatum "
                        + termijn.getEinddatum() + ", niet op " + nieuweEinddatum);
            }
            return wijzig(v, termijn, new Inburgeringstermijn(termijn.getStartdatum(), nieuweEinddatum),
                    InburgeringstermijnGewijzigd.Reden.TIJDELIJKE_VRIJSTELLING_INGETROKKEN, null, null);
        });
    }

    @Override
    public Wijziging vervangNaBoete(Bsn bsn, LocalDate begindatum, LocalDate einddatum) {
        return verwerking.wijzigMetUitkomst(WIJZIGEN, bsn, v -> wijzig(v, termijn(bsn),
                new Inburgeringstermijn(begindatum, einddatum), InburgeringstermijnGewijzigd.Reden.NIEUWE_TERMIJN_NA_BOETE,
                null, null));
    }

    /** A lookup in configuration: no transaction needed. */
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<String> verlengingsgrond(String code) {
        return verlengingsgronden.lijst().stream().filter(g -> g.code().equals(code)).findFirst()
                .map(Verlengingsgrond::omschrijving);
    }

    private InburgeringstermijnEntity termijn(Bsn bsn) {
        return termijnen.findById(bsn.value())
                .orElseThrow(() -> new IllegalStateException("DUO heeft voor deze persoon geen termijn vastgesteld"));
    }

    private Wijziging wijzig(Verwerking v, InburgeringstermijnEntity termijn, Inburgeringstermijn nieuw,
            InburgeringstermijnGewijzigd.Reden reden, String grondcode, String grondomschrijving) {
        LocalDate vandaag = v.vandaag();
        LocalDate vorigeEinddatum = termijn.getEinddatum();
        termijn.wijzig(nieuw);
        historie.save(new TermijnhistorieEntity(termijn.getBsn(), nieuw.begindatum(), nieuw.einddatum(), grondcode,
                grondomschrijving, vandaag));
        String gemeentecode = pips.findFirstByBsnAndVerwijderdFalseOrderByIdDesc(termijn.getBsn())
                .map(PipEntity::getGemeentecode).orElse(termijn.getGemeentecode());
        v.publiceer(new InburgeringstermijnGewijzigd(v.bsn(), gemeentecode, reden, nieuw.begindatum(),
                nieuw.einddatum(), vorigeEinddatum, grondcode, grondomschrijving, vandaag));
        events.publishEvent(new TermijnIngesteld(v.bsn(), gemeentecode, nieuw.begindatum(), nieuw.einddatum(),
                switch (reden) {
                    case VERLENGING_OP_VERZOEK -> TermijnIngesteld.Aanleiding.VERLENGING_OP_VERZOEK;
                    // DUO lengthens it itself: the deadlines follow as for an ambtshalve verlenging
                    case VERLENGING_AMBTSHALVE, TIJDELIJKE_VRIJSTELLING_INGETROKKEN ->
                        TermijnIngesteld.Aanleiding.VERLENGING_AMBTSHALVE;
                    case NIEUWE_TERMIJN_NA_BOETE -> TermijnIngesteld.Aanleiding.NIEUWE_TERMIJN_NA_BOETE;
                }));
        return new Wijziging(gemeentecode, nieuw.begindatum(), nieuw.einddatum(), vorigeEinddatum);
    }
}
