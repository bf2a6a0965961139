package nl.inburgering.gemeente.resultaten.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatEntity;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** Where the PVT, the MAP and the onderdelen of the Z-route of an inburgeraar stand at DUO. */
@Service
@Transactional(readOnly = true)
public class ResultatenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/resultaten-pvt-map-zroute-raadplegen",
            "Resultaten PVT, MAP en Z-route en DUO's antwoord raadplegen");

    private final EigenInburgeraar inburgeraars;
    private final ResultaatRepository resultaten;
    private final Persoonsverwerking verwerking;

    ResultatenRaadplegen(EigenInburgeraar inburgeraars, ResultaatRepository resultaten, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.resultaten = resultaten;
        this.verwerking = verwerking;
    }

    /** A reason DUO gave for a rejection. */
    public record Reden(String code, String omschrijving) {
    }

    /**
     * One onderdeel as the gemeente knows it.
     *
     * @param status    VERZONDEN, GEREGISTREERD, AFGEWEZEN or INGETROKKEN
     * @param herkomst  DEZE_DIENST or RECHTSTREEKS_BIJ_DUO (a gemeente system used DUO's M2M API)
     */
    public record Onderdeelstand(String status, LocalDate datum, Boolean verwijtbaar, String herkomst,
            Instant verzondenOp, LocalDate datumRegistratie, LocalDate datumAfwijzing, List<Reden> afwijzingsredenen) {
    }

    /** Per onderdeel its stand, null when nothing was recorded or answered. */
    public record Resultatenoverzicht(Onderdeelstand pvt, Onderdeelstand map, Onderdeelstand zrouteParticipatie,
            Onderdeelstand zrouteEindgesprek) {
    }

    public Resultatenoverzicht overzicht(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, inburgeraarId);
        verwerking.raadpleegd(RAADPLEGEN, List.of(inburgeraar.bsn()));
        return samenstellen(inburgeraar.bsn(), gemeentecode);
    }

    Resultatenoverzicht samenstellen(Bsn bsn, String gemeentecode) {
        Map<Onderdeel, Onderdeelstand> standen = new EnumMap<>(Onderdeel.class);
        resultaten.findByBsnAndGemeentecode(bsn.value(), gemeentecode)
                .forEach(r -> standen.put(r.getOnderdeel(), stand(r)));
        return new Resultatenoverzicht(standen.get(Onderdeel.PVT), standen.get(Onderdeel.MAP),
                standen.get(Onderdeel.ZROUTE_PARTICIPATIE), standen.get(Onderdeel.ZROUTE_EINDGESPREK));
    }

    private static Onderdeelstand stand(ResultaatEntity r) {
        return new Onderdeelstand(r.getStatus().name(), r.getDatum(), r.getVerwijtbaar(), r.getHerkomst().name(),
                r.getVerzondenOp(), r.getDatumRegistratie(), r.getDatumAfwijzing(), r.getAfwijzingsredenen().stream()
                        .map(a -> new Reden(a.getCode(), a.getOmschrijving())).toList());
    }
}
