package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.HerkoppelingPolicy;
import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * Stelseldienst #14 in (seed §3.3): COA linked an asielstatushouder to a beoogde vestigingsgemeente. The gemeente
 * sees who is coming before DUO's #3 arrives; a koppeling to another gemeente lets the earlier one lapse, and the
 * earlier gemeente loses the person from its werkvoorraad (DUO delivers #3 to the new gemeente).
 */
@Service
public class KoppelingOpnemen {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/koppeling-ontvangen",
            "Koppeling van een asielstatushouder aan de gemeente opnemen");

    private final KoppelingRepository koppelingen;
    private final InburgeraarRepository inburgeraars;
    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Clock clock;

    KoppelingOpnemen(KoppelingRepository koppelingen, InburgeraarRepository inburgeraars,
            Persoonsvergrendeling vergrendeling, Logboek logboek, Clock clock) {
        this.koppelingen = koppelingen;
        this.inburgeraars = inburgeraars;
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.clock = clock;
    }

    public record KoppelingOntvangen(String bsn, String vNummer, String gemeentecode,
            Optional<String> vorigeGemeentecode, LocalDate datumKoppeling, String azcLocatie,
            LocalDate verwachteDatumUitstroom) {
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(KoppelingOntvangen ontvangen) {
        String bsn = ontvangen.bsn();
        vergrendeling.vergrendel(bsn);
        logboek.leg(ONTVANGEN, bsn);
        Instant nu = clock.instant();
        List<KoppelingEntity> actief = koppelingen.findByBsnAndStatus(bsn, Koppelingstatus.ACTIEF);
        Set<String> vervallen = HerkoppelingPolicy.vervallen(ontvangen.gemeentecode(), ontvangen.vorigeGemeentecode(),
                actief.stream().map(KoppelingEntity::getGemeentecode).toList());
        actief.stream().filter(koppeling -> vervallen.contains(koppeling.getGemeentecode()))
                .forEach(koppeling -> koppeling.vervallen(nu));
        KoppelingEntity koppeling = koppelingen.findByBsnAndGemeentecode(bsn, ontvangen.gemeentecode())
                .orElseGet(() -> new KoppelingEntity(bsn, ontvangen.gemeentecode()));
        koppeling.gekoppeld(ontvangen.vNummer(), ontvangen.vorigeGemeentecode().orElse(null),
                ontvangen.datumKoppeling(), ontvangen.azcLocatie(), ontvangen.verwachteDatumUitstroom(), nu);
        koppelingen.save(koppeling);
        inburgeraars.findById(bsn).filter(inburgeraar -> vervallen.contains(inburgeraar.getGemeentecode()))
                .ifPresent(inburgeraars::delete);
    }
}
