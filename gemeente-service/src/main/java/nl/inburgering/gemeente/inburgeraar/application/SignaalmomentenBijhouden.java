package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgering.gemeente.inburgeraar.api.Signaalmoment;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.domain.Doelgroepkeuzetermijn;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.SignaalmomentRegister;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Keeps the werkvoorraad's signal index (decision 0046). The persons whose facts changed in a transaction are
 * collected and, just before it commits, marked ({@code werkvoorraad_signaalindex_open}); {@link SignaalindexBijwerken}
 * then recomputes the marked persons of many transactions at once (second addendum): their rows as a page would show
 * them today ({@link Werkvoorraadregels}, every chapter's {@code voor}); a signal that does not depend on the day and holds now
 * is stored as holding always (until the next change of his facts replaces it), a signal that does
 * ({@link WerkvoorraadBijdrage#soortenNaarDeKlok()}, and the core's doelgroepkeuze) with the chapter's window, so a
 * signal that starts or ends tomorrow is already in the index today. Every window carries the sinds its signal
 * reports on the days it holds (third addendum: the order on the oldest signal). Whose plicht ended keeps only the certificaat,
 * as on his row. The chapters' queries run once per batch of persons, not once per transaction; a marked person is a
 * candidate of every signal filter until he is recomputed, so the filters stay exact meanwhile.
 */
@Component
class SignaalmomentenBijhouden implements Signaalmomenten {

    private final InburgeraarRepository inburgeraars;
    private final Werkvoorraadregels werkvoorraadregels;
    /** The chapters that give windows of day-dependent signals, and those signals (with the core's own). */
    private final List<WerkvoorraadBijdrage> metVensters;
    private final Set<Signaalsoort> naarDeKlok = EnumSet.of(Signaalsoort.DOELGROEPKEUZE_DOORGEVEN);
    private final SignaalmomentRegister register;
    /** Set after a commit that marked persons; the worker clears it when it starts a round. */
    private final AtomicBoolean gemerkt = new AtomicBoolean(true);

    SignaalmomentenBijhouden(InburgeraarRepository inburgeraars, Werkvoorraadregels werkvoorraadregels,
            List<WerkvoorraadBijdrage> bijdragen, SignaalmomentRegister register) {
        this.inburgeraars = inburgeraars;
        this.werkvoorraadregels = werkvoorraadregels;
        this.metVensters = bijdragen.stream().filter(b -> !b.soortenNaarDeKlok().isEmpty()).toList();
        metVensters.forEach(b -> naarDeKlok.addAll(b.soortenNaarDeKlok()));
        this.register = register;
    }

    @Override
    public void bijwerken(Bsn bsn) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            register.markeer(List.of(bsn.value()));
            gemerkt.set(true);
            return;
        }
        // the synchronization of this transaction (a REQUIRES_NEW one has its own: they are suspended with it)
        Voorafgaand aanCommit = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Voorafgaand.class::isInstance).map(Voorafgaand.class::cast).findFirst().orElseGet(() -> {
                    Voorafgaand nieuw = new Voorafgaand();
                    TransactionSynchronizationManager.registerSynchronization(nieuw);
                    return nieuw;
                });
        aanCommit.bsns.add(bsn.value());
    }

    /** Whether a transaction marked persons since the last call: the worker's cue, so an idle chain asks nothing. */
    boolean neemGemerkt() {
        return gemerkt.getAndSet(false);
    }

    /** Gives the cue back: the worker could not start this round. */
    void opnieuw() {
        gemerkt.set(true);
    }

    private final class Voorafgaand implements TransactionSynchronization {

        private final Set<String> bsns = new LinkedHashSet<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            register.markeer(bsns); // one statement; the recomputation is the worker's, for many transactions at once
        }

        @Override
        public void afterCommit() {
            gemerkt.set(true);
        }
    }

    /**
     * Recomputes these persons' windows and termijn now, in the caller's transaction, which must see their facts as
     * committed (the worker's own transaction, after the marking ones).
     */
    void herbereken(Collection<Bsn> bsns) {
        Map<String, List<InburgeraarEntity>> perGemeente = inburgeraars.findAllById(bsns.stream().map(Bsn::value)
                .toList()).stream()
                .collect(Collectors.groupingBy(InburgeraarEntity::getGemeentecode));
        List<SignaalmomentRegister.Stand> standen = new ArrayList<>();
        perGemeente.forEach((gemeentecode, personen) -> {
            List<Bsn> zijne = personen.stream().map(e -> Bsn.of(e.getBsn())).toList();
            Map<Bsn, List<Signaalmoment>> vensters = new HashMap<>();
            metVensters.forEach(b -> b
                    .momenten(gemeentecode, zijne).forEach((bsn, m) -> vensters
                            .computeIfAbsent(bsn, x -> new ArrayList<>()).addAll(m)));
            List<Werkvoorraadregel> regels = werkvoorraadregels.regels(gemeentecode, personen,
                    WerkvoorraadBijdrage::nodigVoorDeSignaalindex);
            for (int i = 0; i < personen.size(); i++) {
                InburgeraarEntity persoon = personen.get(i);
                Werkvoorraadregel regel = regels.get(i);
                Set<Signaalmoment> momenten = new LinkedHashSet<>();
                // a signal that does not depend on the day reports the same sinds on every day it holds: the one now
                regel.signalen().stream().filter(s -> !naarDeKlok.contains(s.soort()))
                        .forEach(s -> momenten.add(Signaalmoment.altijd(s)));
                if (persoon.getEinddatumPlicht() == null) { // an ended plicht shows only the certificaat
                    momenten.addAll(vensters.getOrDefault(Bsn.of(persoon.getBsn()), List.of()));
                    Doelgroepkeuzetermijn.venster(persoon.getDoelgroepGewijzigdOp(),
                            persoon.getDoelgroepkeuzeBevestigdOp())
                            .ifPresent(tot -> momenten.add(new Signaalmoment(Signaalsoort.DOELGROEPKEUZE_DOORGEVEN,
                                    null, tot, persoon.getDoelgroepGewijzigdOp()))); // its sinds on every day
                }
                standen.add(new SignaalmomentRegister.Stand(persoon.getBsn(),
                        momenten.stream().map(m -> new SignaalmomentRegister.Moment(persoon.getBsn(), gemeentecode,
                                m.soort().name(), m.vanaf(), m.tot(), m.sinds())).toList(),
                        regel.kolom(InburgeraarRaadplegen.EINDDATUM_INBURGERINGSTERMIJN, LocalDate.class)));
            }
        });
        register.vervang(bsns.stream().map(Bsn::value).toList(), standen);
    }
}
