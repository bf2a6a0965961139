package nl.inburgering.duo.ontheffing.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.ontheffing.api.Ontheffingen;
import nl.inburgering.duo.ontheffing.domain.Aanvraagstatus;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.duo.ontheffing.persistence.OntheffingsaanvraagRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * {@link Ontheffingen}: a person's decided aanvragen (the caller's verwerking records the read); and the same as a
 * verwerking of its own for DUO's M2M Ontheffing API and IND's pull ({@link #raadpleeg}).
 */
@Service
public class OntheffingenRaadplegen implements Ontheffingen {

    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/ontheffingen-raadplegen",
            "Ontheffingen van een persoon raadplegen");

    private final OntheffingsaanvraagRepository aanvragen;
    private final Dossiers dossiers;
    private final Persoonsverwerking verwerking;
    private final Set<String> raadplegers;

    OntheffingenRaadplegen(OntheffingsaanvraagRepository aanvragen, Dossiers dossiers, Persoonsverwerking verwerking,
            Raadplegers raadplegers) {
        this.aanvragen = aanvragen;
        this.dossiers = dossiers;
        this.verwerking = verwerking;
        this.raadplegers = Set.copyOf(raadplegers.oins());
    }

    /** Who may ask at the source besides a gemeente over M2M: DUO and the configured OINs (IND's; #12 "IND: pull"). */
    public record Raadplegers(List<String> oins) {
    }

    public boolean magRaadplegen(String organisatieOin) {
        return organisatieOin != null && raadplegers.contains(organisatieOin);
    }

    /** The beslissingen of a person DUO knows, as a verwerking of its own; empty for a person DUO does not know. */
    @Transactional(readOnly = true)
    public Optional<List<Ontheffing>> raadpleeg(Bsn bsn) {
        if (!dossiers.isBekend(bsn)) {
            return Optional.empty();
        }
        return Optional.of(verwerking.raadpleeg(RAADPLEGEN, bsn, () -> van(bsn)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ontheffing> van(Bsn bsn) {
        return aanvragen.findByBsnOrderByIngediendOp(bsn.value()).stream()
                .filter(a -> a.getStatus() == Aanvraagstatus.BESLIST)
                .map(a -> new Ontheffing(a.getSoort().name(), a.getGrond().name(), a.getOordeel() == Oordeel.TOEKENNING,
                        a.getDatumAanvraag(), a.getDatumBeschikking(),
                        a.getOnderdelen().stream().map(Enum::name).collect(Collectors.toSet()),
                        a.getUrenBelastbaarheidParticipatieactiviteit()))
                .toList();
    }
}
