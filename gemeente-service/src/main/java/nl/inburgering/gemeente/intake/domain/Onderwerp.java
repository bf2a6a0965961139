package nl.inburgering.gemeente.intake.domain;

/** Why the gemeente calls the inburgeringsplichtige up for the brede intake (seed §4.2: it shapes the intake). */
public enum Onderwerp {
    INTAKEGESPREK,
    VERVOLGGESPREK,
    PIP_GESPREK,
    OVERIG
}
