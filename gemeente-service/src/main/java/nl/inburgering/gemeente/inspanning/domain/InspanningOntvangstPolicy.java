package nl.inburgering.gemeente.inspanning.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the gemeente does with a stand an instelling reports (seed §15.5: for an asielstatushouder the gemeente is the
 * one source of #18 at DUO). A stand is cumulative and a later one replaces an earlier one, so:
 * <ul>
 * <li>a stand with the same facts as the one last received for its peildatum (the instelling sent it again) changes
 * nothing and is not forwarded again: DUO gets each inspanning once;</li>
 * <li>a stand older than the latest one of that instelling is kept but not forwarded: it would set DUO back;</li>
 * <li>every other stand (newer, or a correction of the latest peildatum) is kept and forwarded.</li>
 * </ul>
 */
public final class InspanningOntvangstPolicy {

    public enum Uitkomst {
        /** Keep it and forward it to DUO. */
        DOORGEVEN,
        /** Keep it; DUO has a newer stand of this instelling already. */
        BEWAREN_ZONDER_DOORGEVEN,
        /** Received before: nothing to do. */
        AL_ONTVANGEN
    }

    private InspanningOntvangstPolicy() {
    }

    /**
     * @param eerdere every stand received before from the same instelling for this person in this gemeente, in the
     *                order received
     */
    public static Uitkomst beoordeel(Inspanningsstand nieuw, List<Inspanningsstand> eerdere) {
        Optional<Inspanningsstand> laatsteVanDezePeildatum = eerdere.stream()
                .filter(stand -> stand.peildatum().equals(nieuw.peildatum())).reduce((eerste, tweede) -> tweede);
        if (laatsteVanDezePeildatum.filter(nieuw::zelfdeFeitenAls).isPresent()) {
            return Uitkomst.AL_ONTVANGEN;
        }
        Optional<Inspanningsstand> laatste = eerdere.stream()
                .max(java.util.Comparator.comparing(Inspanningsstand::peildatum));
        if (laatste.isPresent() && nieuw.peildatum().isBefore(laatste.get().peildatum())) {
            return Uitkomst.BEWAREN_ZONDER_DOORGEVEN;
        }
        return Uitkomst.DOORGEVEN;
    }
}
