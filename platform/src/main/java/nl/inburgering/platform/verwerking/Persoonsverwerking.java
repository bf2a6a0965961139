package nl.inburgering.platform.verwerking;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.persoon.Persoonsvergrendeling;

/**
 * The one way a use case processes a person's data: it locks the person, records the activity in the Logboek
 * dataverwerkingen, and gives the work a {@link Verwerking} through which it reads the clock and hands events to
 * the outbox. Application code depends on this class, not on the Logboek, the outbox or the lock (ArchUnit), and a
 * JPA write outside a verwerking fails ({@link Persoonsgegevensbewaking}), so a handler cannot forget the record.
 */
public class Persoonsverwerking {

    private final Persoonsvergrendeling vergrendeling;
    private final Logboek logboek;
    private final Outbox outbox;
    private final Clock clock;

    public Persoonsverwerking(Persoonsvergrendeling vergrendeling, Logboek logboek, Outbox outbox, Clock clock) {
        this.vergrendeling = vergrendeling;
        this.logboek = logboek;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Changes the data of one person in the caller's transaction: lock, Logboek record, work. The record commits
     * with the change; the lock holds until commit, so a REST call and an event about one person see each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T wijzigMetUitkomst(Verwerkingsactiviteit activiteit, Bsn bsn, Function<Verwerking, T> werk) {
        vergrendeling.vergrendel(bsn.value());
        logboek.leg(activiteit, bsn.value());
        Persoonsgegevensbewaking.vastgelegd();
        return werk.apply(new Verwerking(bsn, outbox, clock));
    }

    /**
     * As {@link #wijzig} for an event about someone this service may not
     * know: under the lock, {@code bekend} reads whether it keeps data of him. If not, nothing is processed and
     * nothing recorded; if so, the Logboek record is written and the work runs.
     *
     * @return whether the work ran
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean wijzigAlsBekend(Verwerkingsactiviteit activiteit, Bsn bsn, Predicate<Bsn> bekend,
            Consumer<Verwerking> werk) {
        vergrendeling.vergrendel(bsn.value());
        if (!bekend.test(bsn)) {
            return false;
        }
        logboek.leg(activiteit, bsn.value());
        Persoonsgegevensbewaking.vastgelegd();
        werk.accept(new Verwerking(bsn, outbox, clock));
        return true;
    }

    /** {@link #wijzigMetUitkomst} for work without a result (a name of its own: a lambda fits both shapes). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void wijzig(Verwerkingsactiviteit activiteit, Bsn bsn, Consumer<Verwerking> werk) {
        wijzigMetUitkomst(activiteit, bsn, verwerking -> {
            werk.accept(verwerking);
            return null;
        });
    }

    /** Reads the data of one person: a Logboek record, no lock. In or outside a transaction. */
    public <T> T raadpleeg(Verwerkingsactiviteit activiteit, Bsn bsn, Supplier<T> werk) {
        T resultaat = werk.get();
        logboek.leg(activiteit, bsn.value());
        return resultaat;
    }

    /**
     * Reads a list of persons (a werkvoorraad page): the work returns what it read, and every person on it gets
     * a Logboek record.
     */
    public <T> List<T> raadpleegLijst(Verwerkingsactiviteit activiteit, Supplier<List<T>> werk,
            Function<T, Bsn> persoon) {
        List<T> gelezen = werk.get();
        logboek.leg(activiteit, gelezen.stream().map(persoon).map(Bsn::value).toList());
        return gelezen;
    }

    /** Records a read of several persons whose data the caller already holds. */
    public void raadpleegd(Verwerkingsactiviteit activiteit, Collection<Bsn> bsns) {
        logboek.leg(activiteit, bsns.stream().map(Bsn::value).toList());
    }
}
