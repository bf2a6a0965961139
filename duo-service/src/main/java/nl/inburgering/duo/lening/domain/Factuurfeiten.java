package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;

/**
 * What DUO knows when it checks a factuur (seed §12.2).
 *
 * @param pipLeerroute null when no PIP is vastgesteld
 * @param pipNiveau    null when the PIP has none (a Z-route) or there is no PIP
 * @param restant      what is left of the toegekende lening (toegekend minus besteed)
 */
public record Factuurfeiten(boolean leningToegekend, Leerroute pipLeerroute, Niveau pipNiveau,
        Leerroute cursusLeerroute, Niveau cursusNiveau, boolean erkendeInstelling, BigDecimal bedrag,
        BigDecimal restant, boolean plichtLoopt) {

    public boolean pipVastgesteld() {
        return pipLeerroute != null;
    }
}
