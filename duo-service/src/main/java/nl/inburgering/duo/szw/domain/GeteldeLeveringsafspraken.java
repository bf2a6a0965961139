package nl.inburgering.duo.szw.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One publication of the delivery agreements a partner counted (decision 0042, addendum): per chain day of
 * {@code [vanaf, tot)} the four counts per stelseldienst and partner pair. No person in it.
 *
 * @param producent the counting partner as it names itself ({@code gemeente})
 * @param geteldOp  when it counted
 */
public record GeteldeLeveringsafspraken(String producent, Instant geteldOp, LocalDate vanaf, LocalDate tot,
        List<Dagtelling> tellingen) {

    /** Counts beyond a year of days are no publication of this chain (a runaway or forged one). */
    public static final int MAXIMUM_DAGEN = 400;

    public GeteldeLeveringsafspraken {
        tellingen = tellingen == null ? List.of() : List.copyOf(tellingen);
    }

    /** One stelseldienst between one leverancier and one afnemer on one chain day. */
    public record Dagtelling(LocalDate dag, String stelseldienst, String leverancier, String afnemer, long opTijd,
            long teLaat, long open, long nietVerstuurd) {
    }

    /**
     * Every reason this publication cannot be taken into SZW's report as the figures of {@code verwachteProducent}
     * (the producer the topic belongs to); empty when it can.
     */
    public List<String> problemen(String verwachteProducent) {
        List<String> problemen = new ArrayList<>();
        if (!verwachteProducent.equals(producent)) {
            problemen.add("producent " + producent + " publiceert niet op het topic van " + verwachteProducent);
        }
        if (vanaf == null || tot == null || !vanaf.isBefore(tot)) {
            problemen.add("de periode [" + vanaf + ", " + tot + ") is leeg of omgekeerd");
        } else if (vanaf.plusDays(MAXIMUM_DAGEN).isBefore(tot)) {
            problemen.add("de periode [" + vanaf + ", " + tot + ") is langer dan " + MAXIMUM_DAGEN + " dagen");
        }
        for (Dagtelling t : tellingen) {
            if (vanaf != null && tot != null && (t.dag().isBefore(vanaf) || !t.dag().isBefore(tot))) {
                problemen.add("telling van " + t.dag() + " valt buiten de periode [" + vanaf + ", " + tot + ")");
            }
            if (leeg(t.stelseldienst()) || leeg(t.leverancier()) || leeg(t.afnemer())) {
                problemen.add("telling van " + t.dag() + " zonder stelseldienst, leverancier of afnemer");
            }
            if (t.opTijd() < 0 || t.teLaat() < 0 || t.open() < 0 || t.nietVerstuurd() < 0) {
                problemen.add("telling van " + t.dag() + " voor " + t.stelseldienst() + " heeft een negatief aantal");
            }
        }
        return problemen;
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isBlank();
    }
}
