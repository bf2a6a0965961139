package nl.inburgering.duo.handhaving.application;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Verhuisd;
import nl.inburgering.duo.handhaving.domain.BoeteOpgelegd;
import nl.inburgering.duo.handhaving.domain.Boeteonderdeel;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Boeteregel;
import nl.inburgering.duo.handhaving.persistence.HandhavingsoordeelEntity;
import nl.inburgering.duo.handhaving.persistence.HandhavingsoordeelRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * After a verhuizing the new gemeente gets the boetes DUO imposed on the person (#8) again (seed §13.2, issue 16): each
 * as it was, to the new gemeente only, with aanleiding OVERDRACHT_NA_VERHUIZING and a new CloudEvents id (decision
 * 0037). In the transaction of the verhuizing. A boete imposed before DUO kept its regels (V213) is not delivered again.
 */
@Component
class BoetesNaVerhuizing {

    private static final Logger log = LoggerFactory.getLogger(BoetesNaVerhuizing.class);

    static final Verwerkingsactiviteit HERLEVEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/boetes-herleveren-na-verhuizing",
            "Opgelegde boetes aan de nieuwe gemeente leveren na een verhuizing");

    private final HandhavingsoordeelRepository oordelen;
    private final Persoonsverwerking verwerking;

    BoetesNaVerhuizing(HandhavingsoordeelRepository oordelen, Persoonsverwerking verwerking) {
        this.oordelen = oordelen;
        this.verwerking = verwerking;
    }

    @EventListener
    void verhuisd(Verhuisd verhuisd) {
        List<HandhavingsoordeelEntity> boetes = oordelen
                .findByBsnAndBeschikkingskenmerkNotNullOrderByVervaldag(verhuisd.bsn().value());
        if (boetes.isEmpty()) {
            return;
        }
        verwerking.wijzig(HERLEVEREN, verhuisd.bsn(), v -> boetes.forEach(boete -> {
            if (boete.getBoeteregels() == null) {
                log.warn("Een boete van voor V213 heeft geen boeteregels: niet opnieuw geleverd aan de nieuwe gemeente");
                return;
            }
            v.publiceer(new BoeteOpgelegd(v.bsn(), verhuisd.gemeentecodeNieuw(), boete.getBeschikkingskenmerk(),
                    regels(boete.getBoeteregels()), boete.getTotaalbedrag(), boete.getDatumBeschikking(),
                    boete.getNieuweEinddatum(), true), verhuisd.signaal());
        }));
    }

    /** As stored: "ONDERDEEL=bedrag;..." (V213). */
    static String regels(List<Boeteregel> regels) {
        return regels.stream().map(r -> r.onderdeel().name() + "=" + r.bedrag().toPlainString())
                .collect(Collectors.joining(";"));
    }

    static List<Boeteregel> regels(String opgeslagen) {
        return Arrays.stream(opgeslagen.split(";")).filter(r -> !r.isBlank()).map(r -> r.split("="))
                .map(r -> new Boeteregel(Boeteonderdeel.valueOf(r[0]), new BigDecimal(r[1]))).toList();
    }
}
