package nl.inburgering.gemeente.intake.application;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Afspraak;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.domain.Planbaarheid;
import nl.inburgering.gemeente.intake.persistence.AfspraakEntity;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsEntity;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.web.ConflictException;

/** Plans the leerbaarheidstoets DUO set ready; nothing leaves the gemeente until the verloop is declared. */
@Service
public class LeerbaarheidstoetsInplannenHandler {

    static final Verwerkingsactiviteit INPLANNEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/leerbaarheidstoets-inplannen",
            "De leerbaarheidstoets van een inburgeraar inplannen");

    private final EigenInburgeraar inburgeraar;
    private final KlaargezetteToetsRepository klaargezet;
    private final AfspraakRepository afspraken;
    private final UitkomstRepository uitkomsten;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    LeerbaarheidstoetsInplannenHandler(EigenInburgeraar inburgeraar, KlaargezetteToetsRepository klaargezet,
            AfspraakRepository afspraken, UitkomstRepository uitkomsten, Persoonsvergrendeling vergrendeling,
            Logboek logboek, Clock clock) {
        this.inburgeraar = inburgeraar;
        this.klaargezet = klaargezet;
        this.afspraken = afspraken;
        this.uitkomsten = uitkomsten;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    @Transactional
    public Afspraak handle(LeerbaarheidstoetsInplannen command) {
        String gemeentecode = command.gemeentecode();
        InburgeraarEntity persoon = inburgeraar.vind(gemeentecode, command.inburgeraarId());
        String bsn = persoon.getBsn();
        Invoer.controleer(BredeIntakeInvoer.afspraak(command.datum(), command.locatie(), command.toetsbegeleider()));
        vergrendeling.vergrendel(bsn); // a klaargezet event and this planning may come at once
        Optional<KlaargezetteToetsEntity> toets = klaargezet.findFirstByBsnAndGemeentecodeOrderByVolgnummerDesc(bsn,
                gemeentecode);
        if (toets.isEmpty() && persoon.isLeerbaarheidstoetsKlaargezet()) {
            // DUO's plicht (#3) says the toets is ready; its #6 with the examennummer may still be on its way
            toets = Optional.of(klaargezet.save(KlaargezetteToetsEntity.uitInburgeringsplicht(bsn, gemeentecode,
                    persoon.getDatumVaststelling(), clock.instant())));
        }
        boolean afgenomen = toets.map(t -> afspraken.existsByKlaargezetVolgnummerAndVerschenenTrue(t.getVolgnummer())
                || uitkomsten.existsByBsnAndGemeentecodeAndDatumAfnameGreaterThanEqual(bsn, gemeentecode,
                        t.getDatumKlaargezet()))
                .orElse(false);
        Planbaarheid planbaarheid = Planbaarheid.bepaal(toets.isPresent(), afgenomen,
                afspraken.existsByBsnAndGemeentecodeAndVerschenenIsNull(bsn, gemeentecode));
        if (planbaarheid != Planbaarheid.PLANBAAR) {
            throw new ConflictException(planbaarheid.omschrijving());
        }
        logboek.leg(INPLANNEN, bsn);
        AfspraakEntity afspraak = afspraken.save(new AfspraakEntity(bsn, gemeentecode, toets.get().getVolgnummer(),
                toets.get().getExamennummer(), command.datum().toInstant(), command.locatie().strip(),
                command.toetsbegeleider().strip(), clock.instant()));
        return BredeIntakeRaadplegen.alsAfspraak(afspraak);
    }
}
