package nl.inburgering.gemeente.inspanning.domain;

/** The measures of the gemeente's handhaving op inspanning on ongeoorloofd verzuim (seed §9.2). */
public enum Maatregel {
    WAARSCHUWING,
    BOETE
}
