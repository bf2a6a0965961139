package nl.inburgering.gemeente.pip.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.AfwijzingsredenEmbeddable;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DUO's answer to #16 (REGISTRATIE_PIP): a PIP or inburgeringsaanbod registered or rejected with every reason.
 * The answer names the PIP by its dagtekening (the aanbod by its date), so it is matched with the latest one of
 * that date still waiting for an answer. An answer to something this service never sent (a system of the gemeente
 * delivered it to DUO's M2M API) is recorded as such, so the caseworker sees what DUO has.
 */
@Service
public class RegistratieOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/registratie-pip-ontvangen",
            "Registratie of afwijzing van PIP of inburgeringsaanbod door DUO opnemen");

    private final PipRepository pips;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    RegistratieOpnemenHandler(PipRepository pips, InburgeringsaanbodRepository aanbiedingen,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.pips = pips;
        this.aanbiedingen = aanbiedingen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(RegistratieOpnemen.PipGeregistreerd antwoord) {
        signaalmomenten.bijwerken(antwoord.bsn());
        verwerking.wijzig(ONTVANGEN, antwoord.bsn(), v -> {
            Instant nu = v.nu();
            PipEntity pip = pipVan(antwoord.bsn(), antwoord.gemeentecode(), antwoord.dagtekeningPip())
                    .orElseGet(() -> PipEntity.rechtstreeksBijDuo(antwoord.bsn().value(), antwoord.gemeentecode(),
                            antwoord.dagtekeningPip(), nu));
            pip.geregistreerd(antwoord.leerroute(), antwoord.niveau(), antwoord.datumRegistratie(), nu);
            pips.save(pip);
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(RegistratieOpnemen.PipAfgewezen antwoord) {
        signaalmomenten.bijwerken(antwoord.bsn());
        verwerking.wijzig(ONTVANGEN, antwoord.bsn(), v -> {
            Instant nu = v.nu();
            PipEntity pip = pipVan(antwoord.bsn(), antwoord.gemeentecode(), antwoord.dagtekeningPip())
                    .orElseGet(() -> PipEntity.rechtstreeksBijDuo(antwoord.bsn().value(), antwoord.gemeentecode(),
                            antwoord.dagtekeningPip(), nu));
            pip.afgewezen(redenen(antwoord.redenen()), antwoord.datumAfwijzing(), nu);
            pips.save(pip);
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(RegistratieOpnemen.AanbodGeregistreerd antwoord) {
        verwerking.wijzig(ONTVANGEN, antwoord.bsn(), v -> {
            Instant nu = v.nu();
            InburgeringsaanbodEntity aanbod = aanbodVan(antwoord.bsn(), antwoord.gemeentecode(),
                    antwoord.datumInburgeringsaanbod())
                    .orElseGet(() -> InburgeringsaanbodEntity.rechtstreeksBijDuo(antwoord.bsn().value(), antwoord.gemeentecode(),
                            antwoord.datumInburgeringsaanbod(), antwoord.instellingsnummers(), nu));
            aanbod.geregistreerd(antwoord.instellingsnummers(), antwoord.datumRegistratie(), nu);
            aanbiedingen.save(aanbod);
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(RegistratieOpnemen.AanbodAfgewezen antwoord) {
        verwerking.wijzig(ONTVANGEN, antwoord.bsn(), v -> {
            Instant nu = v.nu();
            InburgeringsaanbodEntity aanbod = aanbodVan(antwoord.bsn(), antwoord.gemeentecode(),
                    antwoord.datumInburgeringsaanbod())
                    .orElseGet(() -> InburgeringsaanbodEntity.rechtstreeksBijDuo(antwoord.bsn().value(), antwoord.gemeentecode(),
                            antwoord.datumInburgeringsaanbod(), List.of(), nu));
            aanbod.afgewezen(redenen(antwoord.redenen()), antwoord.datumAfwijzing(), nu);
            aanbiedingen.save(aanbod);
        });
    }

    /** The latest PIP with this dagtekening that waits for DUO's answer; else the latest with it (a repeat). */
    private Optional<PipEntity> pipVan(Bsn bsn, String gemeentecode, LocalDate dagtekening) {
        List<PipEntity> metDagtekening = pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode).stream()
                .filter(pip -> pip.getDagtekening().equals(dagtekening)).toList();
        return laatste(metDagtekening.stream().filter(pip -> pip.getStatus() == Registratiestatus.VERZONDEN).toList())
                .or(() -> laatste(metDagtekening));
    }

    private Optional<InburgeringsaanbodEntity> aanbodVan(Bsn bsn, String gemeentecode, LocalDate datum) {
        List<InburgeringsaanbodEntity> metDatum = aanbiedingen
                .findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode).stream()
                .filter(aanbod -> aanbod.getDatumInburgeringsaanbod().equals(datum)).toList();
        return laatste(metDatum.stream().filter(a -> a.getStatus() == Registratiestatus.VERZONDEN).toList())
                .or(() -> laatste(metDatum));
    }

    private static <T> Optional<T> laatste(List<T> lijst) {
        return lijst.isEmpty() ? Optional.empty() : Optional.of(lijst.get(lijst.size() - 1));
    }

    private static List<AfwijzingsredenEmbeddable> redenen(List<RegistratieOpnemen.Reden> redenen) {
        return redenen.stream().map(r -> new AfwijzingsredenEmbeddable(r.code(), r.omschrijving())).toList();
    }
}
