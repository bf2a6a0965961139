package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;
import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Changes the plicht of a person in the person core, in the caller's transaction and under the person's lock (seed
 * §10.2, §11, §13.4): every change records a plichthistorie mutation where the period changes, sends #3
 * InburgeringsplichtGewijzigd with the full current state to whoever has the plicht (the gemeente, or COA for an
 * asielstatushouder in an AZC without koppeling), and publishes {@link PlichtGewijzigd}.
 */
public interface Plichtwijziging {

    /** Why the plicht changed, as #3 gewijzigd tells it (contract RedenWijzigingInburgeringsplicht). */
    enum Reden {
        ONDERDELEN_OPNIEUW_VASTGESTELD,
        TIJDELIJKE_VRIJSTELLING_INGETROKKEN,
        DOELGROEP_GEWIJZIGD,
        DOELGROEPKEUZE_BEVESTIGD,
        GEMEENTE_GEWIJZIGD,
        OVERIG
    }

    /**
     * A partial vrijstelling or ontheffing was granted: DUO sets the onderdelen anew, without {@code vervallen}
     * (seed §10.2, §11.2). Onderdelen that had already gone stay gone.
     *
     * @return false when the person is not plichtig now or nothing changed: nothing happened
     */
    boolean onderdelenVervallen(Bsn bsn, Set<Plichtonderdeel> vervallen);

    /**
     * The plicht that ended with a tijdelijke vrijstelling resumes on {@code hervatOp} (the vrijstelling's end or its
     * withdrawal; SS129 / SS130): plichtig again with the same begindatum, doelgroep and onderdelen.
     *
     * @return false when the plicht did not end with a tijdelijke vrijstelling: nothing happened
     */
    boolean hervat(Bsn bsn, LocalDate hervatOp);

    /**
     * IND's change of verblijfsrecht (#2) moved the plichtige from asielstatushouder to gezins- or overige migrant
     * or back, on {@code datumWijziging} (seed §13.4): the new doelgroep, and from that date the gemeente has 10 weeks
     * to pass on the inburgeraar's keuze (#16). The gemeente gets #3 gewijzigd DOELGROEP_GEWIJZIGD (SS124 / SS125).
     *
     * @return false when the person is not plichtig now or has this doelgroep already: nothing happened
     */
    boolean doelgroepGewijzigd(Bsn bsn, GedetailleerdeDoelgroep doelgroep, LocalDate datumWijziging);

    /**
     * The plichtige moved (BRP verhuizing) and his plicht went to the gemeente he now lives in (seed §13.2): #3 gewijzigd
     * GEMEENTE_GEWIJZIGD with {@code vorigeGemeentecode}, addressed to both gemeenten; for the old one it is the
     * attentiesignaal SS122, the new one learns from it where he came from (it had SS120 / SS121 with #3 vastgesteld).
     *
     * @return false when the person is not plichtig now: nothing happened
     */
    boolean gemeenteGewijzigd(Bsn bsn, String vorigeGemeentecode, LocalDate datumVerhuizing);

    /**
     * The gemeente passed on the inburgeraar's keuze after his doelgroepwijziging (#16 DoelgroepkeuzeDoorgegeven; seed
     * §13.4, footnote 6). Within 10 weeks of the doelgroepwijziging, for that wijziging, by the gemeente that has the
     * plicht and fitting its direction, DUO records the keuze and confirms it with #3 gewijzigd
     * DOELGROEPKEUZE_BEVESTIGD; otherwise nothing happens and the answer names why.
     *
     * @param doorgegevenOp the day the gemeente passed the keuze on (the event's time)
     */
    Keuzeuitkomst doelgroepkeuzeBevestigd(Bsn bsn, String gemeentecode, Doelgroepkeuze keuze,
            LocalDate datumWijzigingDoelgroep, LocalDate doorgegevenOp);

    /** The keuze after a doelgroepwijziging (DUO's AsielrechtenWijzigingVerblijfsdoel). */
    enum Doelgroepkeuze {
        /** From gezins- or overige migrant to asielstatushouder: the asielrechten apply. */
        ASIELRECHTEN_TOEGEKEND,
        /** From asielstatushouder to gezins- or overige migrant: the asielrechten stay (DUO's default). */
        BEHOUD_ASIELRECHTEN,
        /** From gezins- or overige migrant to asielstatushouder: on request he keeps the rights of his old doelgroep. */
        OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT,
        /** From asielstatushouder to gezins- or overige migrant: on request he waives the asielrechten. */
        OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND
    }

    /** What came of a keuze. */
    enum Keuzeuitkomst {
        BEVESTIGD,
        /** The same keuze was confirmed before: nothing new, no second #3. */
        AL_BEVESTIGD,
        NIET_PLICHTIG,
        ANDERE_GEMEENTE,
        GEEN_DOELGROEPWIJZIGING,
        /** The keuze names another date than the doelgroepwijziging DUO recorded. */
        ANDERE_DOELGROEPWIJZIGING,
        /** Passed on later than 10 weeks after the doelgroepwijziging. */
        TE_LAAT,
        /** A keuze of the other direction (e.g. behoud asielrechten for one who became asielstatushouder). */
        PAST_NIET_BIJ_DE_WIJZIGING;

        public boolean isAanvaard() {
            return this == BEVESTIGD || this == AL_BEVESTIGD;
        }
    }
}
