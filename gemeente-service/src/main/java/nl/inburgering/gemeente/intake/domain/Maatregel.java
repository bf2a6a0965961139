package nl.inburgering.gemeente.intake.domain;

/** The measures of the gemeente's handhaving op inspanning (seed §9.2). */
public enum Maatregel {
    WAARSCHUWING,
    BOETE
}
