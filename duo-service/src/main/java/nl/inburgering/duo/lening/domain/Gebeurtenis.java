package nl.inburgering.duo.lening.domain;

/** A change of a lening or one of its facturen, as its history keeps it. */
public enum Gebeurtenis {
    AANGEVRAAGD,
    TOEGEKEND,
    AFGEWEZEN,
    FACTUUR_ONTVANGEN,
    FACTUUR_GOEDGEKEURD,
    FACTUUR_BETAALBAAR_GESTELD,
    FACTUUR_AFGEWEZEN,
    TERUGBETALING_VASTGESTELD,
    DRAAGKRACHT_VASTGESTELD,
    VERVALLEN,
    KWIJTGESCHOLDEN
}
