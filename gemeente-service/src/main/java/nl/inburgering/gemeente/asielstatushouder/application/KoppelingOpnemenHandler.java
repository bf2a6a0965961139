package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.HerkoppelingPolicy;
import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingEntity;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;
import nl.inburgering.gemeente.inburgeraar.api.KoppelingVervallen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Stelseldienst #14 in (seed §3.3): COA linked an asielstatushouder to a beoogde vestigingsgemeente. The gemeente
 * sees who is coming before DUO's #3 arrives; a koppeling to another gemeente lets the earlier one lapse, and the
 * earlier gemeente loses the person from its werkvoorraad (DUO delivers #3 to the new gemeente).
 */
@Service
public class KoppelingOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/koppeling-ontvangen",
            "Koppeling van een asielstatushouder aan de gemeente opnemen");

    private final KoppelingRepository koppelingen;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher applicatie;

    KoppelingOpnemenHandler(KoppelingRepository koppelingen, Persoonsverwerking verwerking,
            ApplicationEventPublisher applicatie) {
        this.koppelingen = koppelingen;
        this.verwerking = verwerking;
        this.applicatie = applicatie;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(KoppelingOpnemen ontvangen) {
        String bsn = ontvangen.bsn().value();
        verwerking.wijzig(ONTVANGEN, ontvangen.bsn(), v -> {
            Instant nu = v.nu();
            // his koppelingen, one per gemeente, read once: the active ones and the one with this gemeente among them
            List<KoppelingEntity> zijne = koppelingen.findByBsn(bsn);
            List<KoppelingEntity> actief = zijne.stream().filter(k -> k.getStatus() == Koppelingstatus.ACTIEF).toList();
            Set<String> vervallen = HerkoppelingPolicy.vervallen(ontvangen.gemeentecode(),
                    ontvangen.vorigeGemeentecode(), actief.stream().map(KoppelingEntity::getGemeentecode).toList());
            actief.stream().filter(koppeling -> vervallen.contains(koppeling.getGemeentecode()))
                    .forEach(koppeling -> koppeling.vervallen(nu));
            KoppelingEntity koppeling = zijne.stream()
                    .filter(k -> k.getGemeentecode().equals(ontvangen.gemeentecode())).findFirst()
                    .orElseGet(() -> new KoppelingEntity(bsn, ontvangen.gemeentecode()));
            koppeling.gekoppeld(ontvangen.vNummer(), ontvangen.vorigeGemeentecode().orElse(null),
                    ontvangen.datumKoppeling(), ontvangen.azcLocatie(), ontvangen.verwachteDatumUitstroom(), nu);
            koppelingen.save(koppeling);
            // the core takes him out of the old gemeente's werkvoorraad, in this transaction
            if (!vervallen.isEmpty()) {
                applicatie.publishEvent(new KoppelingVervallen(ontvangen.bsn(), vervallen));
            }
        });
    }
}
