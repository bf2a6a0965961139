package nl.inburgering.gemeente.notificatie.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.gemeente.brp.api.Ingezetenen;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemen;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemenHandler;
import nl.inburgering.gemeente.notificatie.domain.Opvolging;
import nl.inburgering.gemeente.notificatie.persistence.OntvangenNotificatieRegister;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemenHandler;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The notificering pattern after the answer (decision 0030): per received notification, in order of arrival and per
 * person in order (a person's later notification waits while an earlier one fails), the gemeente asks DUO's M2M API
 * that belongs to the gebeurtenis and updates its own record through the same use cases as the Kafka deliveries
 * (#3 in, #5 in). A failure (DUO unreachable) is recorded and tried again on the next run.
 */
@Component
public class NotificatieVerwerker {

    private static final Logger log = LoggerFactory.getLogger(NotificatieVerwerker.class);

    private final OntvangenNotificatieRegister register;
    private final DuoM2m duo;
    private final Ingezetenen ingezetenen;
    private final InburgeringsplichtOpnemenHandler plicht;
    private final InburgeringstermijnOpnemenHandler termijn;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NotificatieVerwerker(OntvangenNotificatieRegister register, DuoM2m duo, Ingezetenen ingezetenen,
            InburgeringsplichtOpnemenHandler plicht, InburgeringstermijnOpnemenHandler termijn,
            TransactionTemplate transaction, Clock clock) {
        this.register = register;
        this.duo = duo;
        this.ingezetenen = ingezetenen;
        this.plicht = plicht;
        this.termijn = termijn;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keten.gemeente.notificatie.interval:PT1S}")
    public void verwerk() {
        Set<String> wachten = new HashSet<>();
        for (var rij : register.teVerwerken(200)) {
            String persoon = rij.bsn() == null ? "v" + rij.vNummer() : rij.bsn();
            if (wachten.contains(persoon)) {
                continue;
            }
            try {
                verwerk(rij);
            } catch (RuntimeException e) {
                wachten.add(persoon);
                log.warn("Notificatie {} ({}) niet verwerkt, volgende run opnieuw: {}", rij.berichtId(),
                        rij.gebeurtenisId(), e.getClass().getSimpleName());
                // only our own messages (no URL with a BSN from a client exception) go into the record
                transaction.executeWithoutResult(s -> register.mislukt(rij.berichtId(), e.getClass().getSimpleName()
                        + (e instanceof IllegalStateException && e.getMessage() != null ? ": " + e.getMessage() : "")));
            }
        }
    }

    private void verwerk(OntvangenNotificatieRegister.Rij rij) {
        if (rij.bsn() == null) {
            klaar(rij, "vastgelegd (zonder bsn)");
            return;
        }
        Bsn bsn = Bsn.of(rij.bsn());
        String gemeente = rij.gemeentecode();
        switch (Opvolging.van(rij.gebeurtenisId())) {
            case PLICHT -> {
                var gevonden = duo.plicht(gemeente, bsn);
                Optional<LocalDate> geboortedatum = ingezetenen.geboortedatum(bsn);
                if (gevonden.isEmpty() || !gevonden.get().plichtig()) {
                    klaar(rij, "DUO kent voor deze gemeente geen inburgeringsplicht");
                } else if (geboortedatum.isEmpty()) {
                    klaar(rij, "vastgelegd; de geboortedatum is in de BRP van deze gemeente onbekend");
                } else {
                    var p = gevonden.get();
                    boolean klaargezet = duo.toetsKlaargezet(gemeente, bsn);
                    klaar(rij, "inburgeringsplicht opgenomen", () -> plicht.handle(new InburgeringsplichtOpnemen(
                            "GEMEENTE", bsn, gemeente, geboortedatum.get(), p.doelgroep(), p.gedetailleerdeDoelgroep(),
                            p.begindatum(), p.wijzigingsdatum() != null ? p.wijzigingsdatum() : vandaag(),
                            klaargezet)));
                }
            }
            case TERMIJN_VASTGESTELD -> duo.termijn(gemeente, bsn).ifPresentOrElse(t -> klaar(rij,
                    "inburgeringstermijn opgenomen", () -> termijn.handle(new InburgeringstermijnOpnemen.TermijnVastgesteld(
                            bsn, gemeente, t.startdatum(), t.einddatum(),
                            // Wi2021 art. 11: the termijn starts the day after the dagtekening of the first PIP
                            t.startdatum().minusDays(1),
                            t.wijzigingsdatum() != null ? t.wijzigingsdatum() : vandaag()))),
                    () -> klaar(rij, "DUO kent voor deze gemeente geen inburgeringstermijn"));
            case TERMIJN_GEWIJZIGD -> duo.termijn(gemeente, bsn).ifPresentOrElse(t -> klaar(rij,
                    "gewijzigde inburgeringstermijn opgenomen", () -> termijn.handle(
                            new InburgeringstermijnOpnemen.TermijnGewijzigd(bsn, gemeente,
                                    Opvolging.redenWijziging(rij.gebeurtenisId()), t.startdatum(), t.einddatum(),
                                    t.vorigeEinddatum() != null ? t.vorigeEinddatum() : t.einddatum(),
                                    t.verlengingsgrondcode(), t.verlengingsgrondomschrijving(),
                                    t.wijzigingsdatum() != null ? t.wijzigingsdatum() : vandaag()))),
                    () -> klaar(rij, "DUO kent voor deze gemeente geen inburgeringstermijn"));
            case VASTLEGGEN -> klaar(rij, "vastgelegd");
        }
    }

    private void klaar(OntvangenNotificatieRegister.Rij rij, String uitkomst) {
        klaar(rij, uitkomst, () -> {
        });
    }

    /** The update and the notification's processed mark in one transaction; only if no other instance has it. */
    private void klaar(OntvangenNotificatieRegister.Rij rij, String uitkomst, Runnable bijwerken) {
        transaction.executeWithoutResult(status -> {
            if (register.vergrendel(rij.berichtId())) {
                bijwerken.run();
                register.verwerkt(rij.berichtId(), uitkomst, clock.instant());
            }
        });
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }
}
