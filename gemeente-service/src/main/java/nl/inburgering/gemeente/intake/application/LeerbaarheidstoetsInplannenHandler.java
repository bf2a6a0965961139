package nl.inburgering.gemeente.intake.application;

import java.util.concurrent.atomic.AtomicReference;
import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.intake.application.BredeIntakeRaadplegen.Afspraak;
import nl.inburgering.gemeente.intake.domain.BredeIntakeInvoer;
import nl.inburgering.gemeente.intake.domain.BredeIntakeGrenzen;
import nl.inburgering.gemeente.intake.domain.Planbaarheid;
import nl.inburgering.gemeente.intake.persistence.AfspraakEntity;
import nl.inburgering.gemeente.intake.persistence.AfspraakRepository;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsEntity;
import nl.inburgering.gemeente.intake.persistence.KlaargezetteToetsRepository;
import nl.inburgering.gemeente.intake.persistence.UitkomstRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
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
    private final Betrokkenheidsvariant variant;
    private final Persoonsverwerking verwerking;

    LeerbaarheidstoetsInplannenHandler(EigenInburgeraar inburgeraar, KlaargezetteToetsRepository klaargezet,
            AfspraakRepository afspraken, UitkomstRepository uitkomsten, Betrokkenheidsvariant variant,
            Persoonsverwerking verwerking) {
        this.inburgeraar = inburgeraar;
        this.klaargezet = klaargezet;
        this.afspraken = afspraken;
        this.uitkomsten = uitkomsten;
        this.variant = variant;
        this.verwerking = verwerking;
    }

    @Transactional
    public Afspraak handle(LeerbaarheidstoetsInplannen command) {
        String gemeentecode = command.gemeentecode();
        Inburgeraar persoon = inburgeraar.vind(gemeentecode, command.inburgeraarId());
        String bsn = persoon.bsn().value();
        Invoer.controleer(BredeIntakeInvoer.afspraak(command.datum(), command.locatie(), command.toetsbegeleider()));
        AtomicReference<Optional<KlaargezetteToetsEntity>> gevonden = new AtomicReference<>();
        AtomicReference<AfspraakEntity> afspraak = new AtomicReference<>();
        // checked under the lock (a klaargezet event and this planning may come at once), before the Logboek
        // record: a refused planning records nothing
        verwerking.wijzigAlsBekend(INPLANNEN, persoon.bsn(), b -> {
            // the toets is part of the brede intake: with variant 3 (or the default) only after the vestiging
            variant.teVroeg(b, gemeentecode, Betrokkenheidsvariant.Stap.BREDE_INTAKE).ifPresent(reden -> {
                throw new ConflictException(reden);
            });
            Optional<KlaargezetteToetsEntity> toets = klaargezet.findFirstByBsnAndGemeentecodeOrderByVolgnummerDesc(
                    bsn, gemeentecode);
            // DUO's plicht (#3) says the toets is ready; its #6 with the examennummer may still be on its way
            boolean uitPlicht = toets.isEmpty() && persoon.leerbaarheidstoetsKlaargezet();
            boolean afgenomen = uitPlicht
                    ? uitkomsten.existsByBsnAndGemeentecodeAndDatumAfnameGreaterThanEqual(bsn, gemeentecode,
                            persoon.datumVaststelling())
                    : toets.map(t -> afspraken.existsByKlaargezetVolgnummerAndVerschenenTrue(t.getVolgnummer())
                            || uitkomsten.existsByBsnAndGemeentecodeAndDatumAfnameGreaterThanEqual(bsn, gemeentecode,
                                    t.getDatumKlaargezet()))
                            .orElse(false);
            Planbaarheid planbaarheid = Planbaarheid.bepaal(toets.isPresent() || uitPlicht, afgenomen,
                    afspraken.existsByBsnAndGemeentecodeAndVerschenenIsNull(bsn, gemeentecode));
            if (planbaarheid != Planbaarheid.PLANBAAR) {
                throw new ConflictException(planbaarheid.omschrijving());
            }
            BredeIntakeGrenzen.nieuweAfspraak(afspraken.countByBsnAndGemeentecode(bsn, gemeentecode))
                    .ifPresent(reden -> {
                        throw new ConflictException(reden);
                    });
            gevonden.set(toets);
            return true;
        }, v -> {
            KlaargezetteToetsEntity toets = gevonden.get().orElseGet(() -> klaargezet.save(KlaargezetteToetsEntity
                    .uitInburgeringsplicht(bsn, gemeentecode, persoon.datumVaststelling(), v.nu())));
            afspraak.set(afspraken.save(new AfspraakEntity(bsn, gemeentecode, toets.getVolgnummer(),
                    toets.getExamennummer(), command.datum().toInstant(), command.locatie().strip(),
                    command.toetsbegeleider().strip(), v.nu())));
        });
        return BredeIntakeRaadplegen.alsAfspraak(afspraak.get());
    }
}
