package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;

/**
 * What DUO knows when it checks a factuur (seed §12.2).
 *
 * @param pipLeerroute null when no PIP is vastgesteld
 * @param pipNiveau    null when the PIP has none (a Z-route) or there is no PIP
 * @param keurmerk     what the instelling holds in DUO's keurmerk register ({@link Keurmerk#GEEN} when it is not in it)
 * @param restant      what is left of the toegekende lening (toegekend minus besteed)
 */
public record Factuurfeiten(boolean leningToegekend, Leerroute pipLeerroute, Niveau pipNiveau,
        Leerroute cursusLeerroute, Niveau cursusNiveau, Keurmerk keurmerk, BigDecimal bedrag,
        BigDecimal restant, boolean plichtLoopt) {

    public boolean pipVastgesteld() {
        return pipLeerroute != null;
    }

    /** Whether the instelling is erkend for the onderwijs it invoices. */
    public boolean erkendeInstelling() {
        return keurmerk != null && keurmerk.erkendVoor(cursusLeerroute);
    }
}
