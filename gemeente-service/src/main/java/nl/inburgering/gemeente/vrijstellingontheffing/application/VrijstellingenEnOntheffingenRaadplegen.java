package nl.inburgering.gemeente.vrijstellingontheffing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BeslissingRepository;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BioAdviesEntity;
import nl.inburgering.gemeente.vrijstellingontheffing.persistence.BioAdviesRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The caseworker's view of DUO's decisions on vrijstelling and ontheffing of one inburgeraar, and his BIO adviezen. */
@Service
@Transactional(readOnly = true)
public class VrijstellingenEnOntheffingenRaadplegen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/vrijstellingen-en-ontheffingen-raadplegen",
            "De vrijstellingen en ontheffingen van een inburgeraar raadplegen");
    static final Verwerkingsactiviteit BIO_ADVIEZEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/bio-adviezen-raadplegen",
            "De BIO-adviezen over een inburgeraar raadplegen");

    private final EigenInburgeraar inburgeraars;
    private final BeslissingRepository beslissingen;
    private final BioAdviesRepository adviezen;
    private final Persoonsverwerking verwerking;

    VrijstellingenEnOntheffingenRaadplegen(EigenInburgeraar inburgeraars, BeslissingRepository beslissingen,
            BioAdviesRepository adviezen, Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.beslissingen = beslissingen;
        this.adviezen = adviezen;
        this.verwerking = verwerking;
    }

    /**
     * @param beslissing VRIJSTELLING (#11) or ONTHEFFING (#12)
     * @param grond      vrijstelling: DUO's reden (e.g. DIP); ontheffing: MED or BIO
     * @param onderdelen GEDEELTELIJK: the onderdelen (a vrijstelling with its niveau, e.g. LE:B1)
     */
    public record BeslissingView(String beslissing, String soort, String oordeel, String grond,
            LocalDate datumOordeel, LocalDate startdatum, LocalDate einddatum, List<String> onderdelen,
            Integer urenBelastbaarheidParticipatieactiviteit, Instant ontvangenOp) {
    }

    public record BioAdviesView(UUID id, String advies, String motivering, LocalDate datum, Instant vastgelegdOp) {
    }

    /** Oldest decision first. */
    public List<BeslissingView> beslissingen(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        return verwerking.raadpleeg(RAADPLEGEN, persoon.bsn(), () -> beslissingen
                .voorPersonen(gemeentecode, List.of(persoon.bsn())).stream()
                .map(e -> e.beslissing())
                .sorted(Comparator.comparing(Beslissing::datumOordeel).thenComparing(Beslissing::ontvangenOp))
                .map(b -> new BeslissingView(b.beslissing().name(), b.soort(), b.oordeel(), b.grond(),
                        b.datumOordeel(), b.startdatum(), b.einddatum(), b.onderdelen(), b.urenBelastbaarheid(),
                        b.ontvangenOp()))
                .toList());
    }

    /** Oldest first. */
    public List<BioAdviesView> bioAdviezen(String gemeentecode, UUID inburgeraarId) {
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, inburgeraarId);
        return verwerking.raadpleeg(BIO_ADVIEZEN, persoon.bsn(), () -> adviezen
                .findByBsnAndGemeentecodeOrderByVastgelegdOpAsc(persoon.bsn().value(), gemeentecode).stream()
                .map(VrijstellingenEnOntheffingenRaadplegen::view).toList());
    }

    static BioAdviesView view(BioAdviesEntity e) {
        return new BioAdviesView(e.getId(), e.advies().advies(), e.advies().motivering(), e.advies().datum(),
                e.getVastgelegdOp());
    }
}
