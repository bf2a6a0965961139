package nl.inburgering.duo.examen.domain;

/** AANGEMELD → GEPLAND (a datum; replanning keeps it GEPLAND) → UITSLAG (definitive, delivered as #13). */
public enum Examenstatus { AANGEMELD, GEPLAND, UITSLAG }
