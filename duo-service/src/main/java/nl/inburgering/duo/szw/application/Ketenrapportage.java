package nl.inburgering.duo.szw.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.szw.persistence.LeveringsafsprakenRegister;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken.Uitkomst;

/**
 * SZW's chain report (issue 16 part 3, decision 0042), served by DUO's service for SZW (decision 0035): how the
 * delivery agreements of §14.3 were kept per stelseldienst and partner pair, and the first chain figures from DUO's
 * own data. Counts only: the report never names, numbers or otherwise identifies a person, so it is no
 * verwerking of personal data and writes no Logboek record.
 *
 * <p>The delivery figures are those DUO's service holds itself (what it received and applied as afnemer from every
 * leverancier, and what it has not sent as leverancier past the deadline) and those the other partners published
 * about what they applied and did not send (decision 0042, addendum).
 */
@Service
@Transactional(readOnly = true)
public class Ketenrapportage {

    private final Leveringsafspraken leveringsafspraken;
    private final LeveringsafsprakenRegister partners;
    private final String eigenSysteem;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Clock clock;

    public Ketenrapportage(Leveringsafspraken leveringsafspraken, LeveringsafsprakenRegister partners,
            Dossiers dossiers, PipFeiten pips, Clock clock, KetenProperties keten) {
        this.leveringsafspraken = leveringsafspraken;
        this.partners = partners;
        this.eigenSysteem = "urn:nld:oin:" + keten.oin() + ":systeem:" + keten.service();
        this.dossiers = dossiers;
        this.pips = pips;
        this.clock = clock;
    }

    /** One stelseldienst between one leverancier and one afnemer, its agreement and the counts per outcome. */
    public record Levering(String stelseldienst, Integer nummer, String titel, String afspraak, String leverancier,
            String afnemer, long opTijd, long teLaat, long open, long nietVerstuurd) {
    }

    /**
     * A partner's system whose figures are in the report, and when they were counted: DUO's own now, the others' at
     * their latest publication of a day of the period.
     */
    public record Bron(String partner, String systeem, Instant geteldOp) {
    }

    public record LeveringsafsprakenRapport(LocalDate vanaf, LocalDate tot, Instant gemetenOp, List<Bron> bronnen,
            List<Levering> leveringen) {
    }

    public record Ketencijfers(Instant gemetenOp, Map<String, Long> plichtigenPerStatus,
            List<PipFeiten.DoorlooptijdTotPip> doorlooptijdTotPip) {
    }

    /**
     * The period {@code [vanaf, tot)} in the chain's calendar days: DUO's own counts and the latest ones the other
     * partners published (decision 0042, addendum), per stelseldienst and partner pair. Each delivery is counted by
     * one partner only (applied, late and open by its afnemer, unsent by its leverancier), so nothing is counted twice.
     */
    public LeveringsafsprakenRapport leveringsafspraken(LocalDate vanaf, LocalDate tot) {
        var zone = clock.getZone();
        Instant nu = clock.instant();
        Map<List<String>, long[]> perPaar = new LinkedHashMap<>();
        for (Leveringsafspraken.Telling t : leveringsafspraken.tellingen(vanaf.atStartOfDay(zone).toInstant(),
                tot.atStartOfDay(zone).toInstant())) {
            long[] aantallen = perPaar.computeIfAbsent(List.of(t.stelseldienst(), t.leverancier(), t.afnemer()),
                    p -> new long[4]);
            aantallen[t.uitkomst().ordinal()] += t.aantal();
        }
        for (LeveringsafsprakenRegister.Telling gepubliceerd : partners.tellingen(vanaf, tot)) {
            var t = gepubliceerd.telling();
            long[] aantallen = perPaar.computeIfAbsent(List.of(t.stelseldienst(), t.leverancier(), t.afnemer()),
                    p -> new long[4]);
            aantallen[Uitkomst.OP_TIJD.ordinal()] += t.opTijd();
            aantallen[Uitkomst.TE_LAAT.ordinal()] += t.teLaat();
            aantallen[Uitkomst.OPEN.ordinal()] += t.open();
            aantallen[Uitkomst.NIET_VERSTUURD.ordinal()] += t.nietVerstuurd();
        }
        List<Levering> leveringen = new ArrayList<>();
        perPaar.forEach((paar, aantallen) -> {
            String stelseldienst = paar.get(0);
            Integer nummer = null;
            String titel = stelseldienst;
            String afspraak = "onbekend";
            try {
                Topic topic = TopicCatalogue.byName(stelseldienst);
                nummer = topic.stelseldienst();
                titel = topic.titel();
                afspraak = topic.leveringsafspraak().omschrijving();
            } catch (IllegalArgumentException onbekend) {
                // a topic the catalogue does not know (yet): shown by its name
            }
            leveringen.add(new Levering(stelseldienst, nummer, titel, afspraak, paar.get(1), paar.get(2),
                    aantallen[Uitkomst.OP_TIJD.ordinal()], aantallen[Uitkomst.TE_LAAT.ordinal()],
                    aantallen[Uitkomst.OPEN.ordinal()], aantallen[Uitkomst.NIET_VERSTUURD.ordinal()]));
        });
        leveringen.sort(java.util.Comparator.comparing(Levering::stelseldienst).thenComparing(Levering::leverancier)
                .thenComparing(Levering::afnemer));
        List<Bron> bronnen = new ArrayList<>();
        bronnen.add(new Bron("duo", eigenSysteem, nu));
        partners.bronnen(vanaf, tot).forEach(b -> bronnen.add(new Bron(b.producent(), b.bron(), b.geteldOp())));
        return new LeveringsafsprakenRapport(vanaf, tot, nu, List.copyOf(bronnen), List.copyOf(leveringen));
    }

    public Ketencijfers ketencijfers() {
        return new Ketencijfers(clock.instant(), dossiers.aantalPerStatus(), pips.doorlooptijdenTotPip());
    }
}
