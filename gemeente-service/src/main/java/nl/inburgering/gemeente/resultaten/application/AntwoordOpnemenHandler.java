package nl.inburgering.gemeente.resultaten.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.resultaten.domain.Herkomst;
import nl.inburgering.gemeente.resultaten.domain.Resultaatstatus;
import nl.inburgering.gemeente.resultaten.persistence.AfwijzingsredenEmbeddable;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatEntity;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * DUO's answer to #17 (REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE), for a result this service delivered or one a system
 * of the gemeente PUT to DUO's M2M API. The answer names the delivery by its datum and verwijtbaar:
 * <ul>
 * <li>the answer to the delivery the record holds sets its status;</li>
 * <li>an answer over #17 to another delivery while the record waits for its own is an earlier delivery's, overtaken
 * by the caseworker's later one: it is skipped, the record keeps waiting;</li>
 * <li>otherwise (DUO's API was used, or nothing here waits) the answer's delivery becomes the record, so the
 * caseworker sees what DUO has.</li>
 * </ul>
 * The inbox makes a repeated answer a no-op.
 */
@Service
public class AntwoordOpnemenHandler {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/registratie-resultaat-pvt-map-zroute-ontvangen",
            "Registratie of afwijzing van een resultaat PVT, MAP of Z-route door DUO opnemen");

    private final ResultaatRepository resultaten;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    AntwoordOpnemenHandler(ResultaatRepository resultaten, Persoonsverwerking verwerking,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void handle(AntwoordOpnemen antwoord) {
        signaalmomenten.bijwerken(antwoord.bsn());
        verwerking.wijzig(ONTVANGEN, antwoord.bsn(), v -> {
            Instant nu = v.nu();
            LocalDate datum;
            Boolean verwijtbaar;
            boolean viaM2m;
            if (antwoord instanceof AntwoordOpnemen.Geregistreerd g) {
                datum = g.datum();
                verwijtbaar = g.verwijtbaar();
                viaM2m = g.viaM2m();
            } else {
                AntwoordOpnemen.Afgewezen a = (AntwoordOpnemen.Afgewezen) antwoord;
                datum = a.datum();
                verwijtbaar = a.verwijtbaar();
                viaM2m = a.viaM2m();
            }
            Optional<ResultaatEntity> bestaand = resultaten.findByBsnAndGemeentecodeAndOnderdeel(
                    antwoord.bsn().value(), antwoord.gemeentecode(), antwoord.onderdeel());
            ResultaatEntity rij;
            if (bestaand.isPresent() && bestaand.get().betreft(datum, verwijtbaar)) {
                rij = bestaand.get();
            } else if (bestaand.isPresent() && !viaM2m
                    && bestaand.get().getStatus() == Resultaatstatus.VERZONDEN) {
                return;
            } else {
                rij = bestaand.orElseGet(() -> new ResultaatEntity(antwoord.bsn().value(), antwoord.gemeentecode(),
                        antwoord.onderdeel()));
                rij.bijDuoGeleverd(datum, verwijtbaar, viaM2m ? Herkomst.RECHTSTREEKS_BIJ_DUO : Herkomst.DEZE_DIENST);
            }
            if (antwoord instanceof AntwoordOpnemen.Geregistreerd g) {
                rij.geregistreerd(g.ingetrokken(), g.datumRegistratie(), nu);
            } else {
                AntwoordOpnemen.Afgewezen a = (AntwoordOpnemen.Afgewezen) antwoord;
                rij.afgewezen(a.redenen().stream().map(r -> new AfwijzingsredenEmbeddable(r.code(), r.omschrijving()))
                        .toList(), a.datumAfwijzing(), nu);
            }
            resultaten.save(rij);
        });
    }
}
