package nl.inburgering.gemeente.doelgroepkeuze.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.doelgroepkeuze.domain.DoelgroepkeuzeDoorgegevenDoorGemeente;
import nl.inburgering.gemeente.doelgroepkeuze.domain.DoelgroepkeuzePolicy;
import nl.inburgering.gemeente.doelgroepkeuze.domain.Doelgroepkeuze;
import nl.inburgering.gemeente.doelgroepkeuze.domain.Probleem;
import nl.inburgering.gemeente.doelgroepkeuze.persistence.DoelgroepkeuzeEntity;
import nl.inburgering.gemeente.doelgroepkeuze.persistence.DoelgroepkeuzeRepository;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §13.4: the gemeente passes the keuze on to DUO (#16) through the outbox, once: the same keuze for the same
 * doelgroepwijziging again changes nothing. A form with problems records nothing (400 listing every problem).
 */
@Service
public class DoelgroepkeuzeDoorgevenHandler {

    static final Verwerkingsactiviteit DOORGEVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/doelgroepkeuze-doorgeven",
            "Keuze na doelgroepwijziging aan DUO doorgeven");

    /** The keuze as passed on; {@code nieuw} false when it had been passed on before. */
    public record Doorgegeven(boolean nieuw, LocalDate datumWijzigingDoelgroep, Doelgroepkeuze keuze,
            LocalDate datumOndertekening, Instant doorgegevenOp) {
    }

    private final EigenInburgeraar inburgeraars;
    private final DoelgroepkeuzeRepository keuzes;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    DoelgroepkeuzeDoorgevenHandler(EigenInburgeraar inburgeraars, DoelgroepkeuzeRepository keuzes,
            Persoonsverwerking verwerking, Clock clock) {
        this.inburgeraars = inburgeraars;
        this.keuzes = keuzes;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public Doorgegeven handle(DoelgroepkeuzeDoorgeven command) {
        String gemeentecode = command.gemeentecode();
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, command.inburgeraarId());
        DoelgroepkeuzePolicy.Invoer invoer = command.invoer();
        List<Probleem> problemen = DoelgroepkeuzePolicy.beoordeel(invoer, LocalDate.now(clock));
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen.stream()
                    .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
        }
        Bsn bsn = inburgeraar.bsn();
        boolean nieuw = verwerking.wijzigAlsBekend(DOORGEVEN, inburgeraar.bsn(),
                b -> eerder(bsn, gemeentecode, invoer).isEmpty(), v -> {
                    keuzes.save(new DoelgroepkeuzeEntity(bsn.value(), gemeentecode, invoer.datumWijzigingDoelgroep(),
                            invoer.keuze(), invoer.datumOndertekening(), v.nu()));
                    v.publiceer(new DoelgroepkeuzeDoorgegevenDoorGemeente(inburgeraar.bsn(), gemeentecode,
                            invoer.datumWijzigingDoelgroep(), invoer.keuze(), invoer.datumOndertekening()));
                });
        DoelgroepkeuzeEntity rij = eerder(bsn, gemeentecode, invoer).orElseThrow();
        return new Doorgegeven(nieuw, rij.getDatumWijzigingDoelgroep(), rij.getKeuze(), rij.getDatumOndertekening(),
                rij.getDoorgegevenOp());
    }

    private java.util.Optional<DoelgroepkeuzeEntity> eerder(Bsn bsn, String gemeentecode,
            DoelgroepkeuzePolicy.Invoer invoer) {
        return keuzes.findFirstByBsnAndGemeentecodeAndDatumWijzigingDoelgroepAndKeuze(bsn.value(), gemeentecode,
                invoer.datumWijzigingDoelgroep(), invoer.keuze());
    }
}
