package nl.inburgering.gemeente.asielstatushouder.domain;

/** Whether a gemeente's koppeling of an asielstatushouder (#14) still holds. */
public enum Koppelingstatus {
    /** The gemeente is the beoogde vestigingsgemeente. */
    ACTIEF,
    /** COA linked the person to another gemeente: this gemeente no longer sees him. */
    VERVALLEN
}
