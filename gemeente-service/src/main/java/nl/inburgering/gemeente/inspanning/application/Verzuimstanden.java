package nl.inburgering.gemeente.inspanning.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.inburgering.gemeente.inspanning.domain.Maatregel;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Verzuimstand;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelEntity;

/** Where the handhaving of each instelling's verzuim stands, from one person's stands and measures. */
final class Verzuimstanden {

    /** The order received (a row saved in this transaction has no number yet: it is the latest). */
    private static final Comparator<InspanningEntity> VOLGORDE = Comparator.comparing(InspanningEntity::getVolgnummer,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private Verzuimstanden() {
    }

    /**
     * @param standen    the person's stands in this gemeente, in the order received
     * @param maatregelen the person's measures in this gemeente, oldest first
     * @return per instellingsnummer (sorted)
     */
    static Map<String, Verzuimstand> perInstelling(List<InspanningEntity> standen,
            List<VerzuimMaatregelEntity> maatregelen) {
        Map<String, Verzuimstand> perInstelling = new TreeMap<>();
        actueel(standen).forEach((instelling, stand) -> {
            List<VerzuimMaatregelEntity> vanInstelling = maatregelen.stream()
                    .filter(m -> m.getInstellingsnummer().equals(instelling)).toList();
            Optional<VerzuimMaatregelEntity> waarschuwing = vanInstelling.stream()
                    .filter(m -> m.getMaatregel() == Maatregel.WAARSCHUWING).reduce((eerder, later) -> later);
            boolean beboet = waarschuwing.isPresent() && vanInstelling.stream()
                    .anyMatch(m -> waarschuwing.get().getId().equals(m.getWaarschuwingId()));
            perInstelling.put(instelling, new Verzuimstand(stand.stand().urenOngeoorloofdVerzuim(),
                    waarschuwing.map(VerzuimMaatregelEntity::getVerzuimUren).orElse(0), waarschuwing.isPresent(),
                    waarschuwing.isPresent() && !beboet));
        });
        return perInstelling;
    }

    /** The current stand per instelling: the newest peildatum, of it the last received. */
    static Map<String, InspanningEntity> actueel(List<InspanningEntity> standen) {
        Map<String, InspanningEntity> actueel = new TreeMap<>();
        standen.forEach(stand -> actueel.merge(stand.getInstellingsnummer(), stand,
                (eerder, later) -> later.getPeildatum().isBefore(eerder.getPeildatum()) ? eerder : later));
        return actueel;
    }

    /** The instelling whose stand arrived last, over all instellingen. */
    static Optional<String> laatsteInstelling(List<InspanningEntity> standen) {
        return standen.stream().max(VOLGORDE)
                .map(InspanningEntity::getInstellingsnummer);
    }

    static Map<String, List<InspanningEntity>> perBsn(List<InspanningEntity> standen) {
        return standen.stream().sorted(VOLGORDE)
                .collect(Collectors.groupingBy(InspanningEntity::getBsn));
    }
}
