package nl.inburgering.duo.szw.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken.Uitkomst;

/**
 * SZW's chain report (issue 16 part 3, decision 0042), served by DUO's service for SZW (decision 0035): how the
 * delivery agreements of §14.3 were kept per stelseldienst and partner pair, and the first chain figures from DUO's
 * own data. Counts only: the report never names, numbers or otherwise identifies a person, so it is no
 * verwerking of personal data and writes no Logboek record.
 *
 * <p>The delivery figures are those DUO's service holds itself: what it received and applied as afnemer (from every
 * leverancier: IND, COA, the gemeenten, the instellingen) and what it has not sent as leverancier past the deadline.
 * The figures the other services hold about each other are not collected yet (decision 0042).
 */
@Service
@Transactional(readOnly = true)
public class Ketenrapportage {

    /** The partners whose own figures this report holds. */
    public static final List<String> BRONNEN = List.of("duo");

    private final Leveringsafspraken leveringsafspraken;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Clock clock;

    public Ketenrapportage(Leveringsafspraken leveringsafspraken, Dossiers dossiers, PipFeiten pips, Clock clock) {
        this.leveringsafspraken = leveringsafspraken;
        this.dossiers = dossiers;
        this.pips = pips;
        this.clock = clock;
    }

    /** One stelseldienst between one leverancier and one afnemer, its agreement and the counts per outcome. */
    public record Levering(String stelseldienst, Integer nummer, String titel, String afspraak, String leverancier,
            String afnemer, long opTijd, long teLaat, long open, long nietVerstuurd) {
    }

    public record LeveringsafsprakenRapport(LocalDate vanaf, LocalDate tot, Instant gemetenOp, List<String> bronnen,
            List<Levering> leveringen) {
    }

    public record Ketencijfers(Instant gemetenOp, Map<String, Long> plichtigenPerStatus,
            List<PipFeiten.DoorlooptijdTotPip> doorlooptijdTotPip) {
    }

    /** The period {@code [vanaf, tot)} in the chain's calendar days. */
    public LeveringsafsprakenRapport leveringsafspraken(LocalDate vanaf, LocalDate tot) {
        var zone = clock.getZone();
        Map<List<Object>, EnumMap<Uitkomst, Long>> perPaar = new LinkedHashMap<>();
        Map<List<Object>, Leveringsafspraken.Telling> voorbeeld = new LinkedHashMap<>();
        for (Leveringsafspraken.Telling t : leveringsafspraken.tellingen(vanaf.atStartOfDay(zone).toInstant(),
                tot.atStartOfDay(zone).toInstant())) {
            List<Object> paar = List.of(t.stelseldienst(), t.leverancier(), t.afnemer());
            perPaar.computeIfAbsent(paar, p -> new EnumMap<>(Uitkomst.class)).merge(t.uitkomst(), t.aantal(), Long::sum);
            voorbeeld.putIfAbsent(paar, t);
        }
        List<Levering> leveringen = new ArrayList<>();
        perPaar.forEach((paar, aantallen) -> {
            Leveringsafspraken.Telling t = voorbeeld.get(paar);
            leveringen.add(new Levering(t.stelseldienst(), t.nummer(), t.titel(), t.afspraak(), t.leverancier(),
                    t.afnemer(), aantallen.getOrDefault(Uitkomst.OP_TIJD, 0L),
                    aantallen.getOrDefault(Uitkomst.TE_LAAT, 0L), aantallen.getOrDefault(Uitkomst.OPEN, 0L),
                    aantallen.getOrDefault(Uitkomst.NIET_VERSTUURD, 0L)));
        });
        return new LeveringsafsprakenRapport(vanaf, tot, clock.instant(), BRONNEN, leveringen);
    }

    public Ketencijfers ketencijfers() {
        return new Ketencijfers(clock.instant(), dossiers.aantalPerStatus(), pips.doorlooptijdenTotPip());
    }
}
