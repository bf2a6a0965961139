package nl.inburgering.duo.vrijstelling.domain;

/** The advies of SBB or Nuffic: whether the foreign diploma is vrijstellend. DUO decides; the advies informs it. */
public enum Advies { POSITIEF, NEGATIEF }
