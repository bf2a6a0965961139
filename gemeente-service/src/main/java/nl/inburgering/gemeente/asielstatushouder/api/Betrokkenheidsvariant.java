package nl.inburgering.gemeente.asielstatushouder.api;

import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Seed §3.3: the variant COA and the gemeente agreed binds the gemeente's own process while the asielstatushouder
 * still lives in the AZC. Variant 1: brede intake, PIP beschikt and inburgeringsaanbod in the AZC. Variant 2: the
 * brede intake and the contouren of the PIP in the AZC, the beschikking only after vestiging in the gemeente.
 * Variant 3 (and the default "vanaf de inschrijving" when nothing was agreed within 2 weeks): the brede intake only
 * after vestiging. Once he is ingeschreven in the gemeente, or for someone who never lived in an AZC (no koppeling),
 * nothing is too early.
 */
public interface Betrokkenheidsvariant {

    /** The steps of the gemeente's process that a variant places in the AZC or after the vestiging. */
    enum Stap {
        /** An oproep for the brede intake, or planning the leerbaarheidstoets. */
        BREDE_INTAKE,
        /** Vaststellen and beschikken of the PIP (contouren are not registered at all). */
        PIP_BESCHIKKEN,
        /** The inburgeringsaanbod: with it the lessons start. */
        INBURGERINGSAANBOD
    }

    /**
     * @return why the step comes too early, naming the variant; empty when the gemeente may take it now
     */
    Optional<String> teVroeg(Bsn bsn, String gemeentecode, Stap stap);
}
