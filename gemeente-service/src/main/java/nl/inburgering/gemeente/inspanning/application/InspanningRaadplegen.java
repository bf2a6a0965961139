package nl.inburgering.gemeente.inspanning.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Verzuimstand;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelEntity;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The caseworker's view of an inburgeraar's inspanning: per instelling the current stand (and whether and when the
 * gemeente forwarded it to DUO), the verzuim and what the handhaving allows next, and every measure given.
 */
@Service
@Transactional(readOnly = true)
public class InspanningRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inspanning-raadplegen",
            "De inspanning en de handhaving op verzuim van een inburgeraar raadplegen");

    private final EigenInburgeraar inburgeraars;
    private final InspanningRepository inspanningen;
    private final VerzuimMaatregelRepository maatregelen;
    private final Persoonsverwerking verwerking;

    InspanningRaadplegen(EigenInburgeraar inburgeraars, InspanningRepository inspanningen,
            VerzuimMaatregelRepository maatregelen, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.inspanningen = inspanningen;
        this.maatregelen = maatregelen;
        this.verwerking = verwerking;
    }

    /**
     * @param doorgegevenOp when the gemeente last delivered this stand to DUO; null when it did not (an older stand
     *                      than one DUO already had)
     */
    public record Stand(Inspanningsstand stand, Instant ontvangenOp, Instant doorgegevenOp) {
    }

    /**
     * @param verzuimSignaal          ONGEOORLOOFD_VERZUIM (not warned yet), GEWAARSCHUWD (a boete is possible) or null
     * @param waarschuwingToegestaan  whether the rules allow a waarschuwing now
     * @param boeteToegestaan         whether the rules allow a boete now
     */
    public record Instelling(String instellingsnummer, Stand actueel, int aantalStanden,
            int urenOngeoorloofdVerzuim, int gewaarschuwdTotEnMet, String verzuimSignaal,
            boolean waarschuwingToegestaan, boolean boeteToegestaan) {
    }

    public record Maatregel(UUID id, String instellingsnummer, String maatregel, LocalDate datum, BigDecimal bedrag,
            int verzuimUren, String reden) {
    }

    public record InspanningVanInburgeraar(List<Instelling> instellingen, String verzuimSignaal,
            List<Maatregel> handhaving) {
    }

    public InspanningVanInburgeraar raadpleeg(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        return verwerking.raadpleeg(RAADPLEGEN, persoon.bsn(), () -> samenstellen(persoon, gemeentecode));
    }

    /** The view, read in the caller's transaction (after a measure, to answer with it). */
    InspanningVanInburgeraar samenstellen(Inburgeraar persoon, String gemeentecode) {
        String bsn = persoon.bsn().value();
        List<InspanningEntity> standen = inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn, gemeentecode);
        List<VerzuimMaatregelEntity> gegeven = maatregelen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn,
                gemeentecode);
        Map<String, Verzuimstand> verzuim = Verzuimstanden.perInstelling(standen, gegeven);
        List<Instelling> instellingen = Verzuimstanden.actueel(standen).entrySet().stream().map(e -> {
            Verzuimstand stand = verzuim.get(e.getKey());
            InspanningEntity actueel = e.getValue();
            return new Instelling(e.getKey(),
                    new Stand(actueel.stand(), actueel.getOntvangenOp(), actueel.getDoorgegevenOp()),
                    (int) standen.stream().filter(s -> s.getInstellingsnummer().equals(e.getKey())).count(),
                    stand.urenOngeoorloofdVerzuim(), stand.gewaarschuwdTotEnMet(),
                    VerzuimHandhavingPolicy.signaal(List.of(stand)).map(Enum::name).orElse(null),
                    VerzuimHandhavingPolicy.waarschuwing(stand).isEmpty(),
                    VerzuimHandhavingPolicy.boete(stand).isEmpty());
        }).toList();
        return new InspanningVanInburgeraar(instellingen,
                VerzuimHandhavingPolicy.signaal(List.copyOf(verzuim.values())).map(Enum::name).orElse(null),
                gegeven.stream().map(m -> new Maatregel(m.getId(), m.getInstellingsnummer(), m.getMaatregel().name(),
                        m.getDatum(), m.getBedrag(), m.getVerzuimUren(), m.getReden())).toList());
    }
}
