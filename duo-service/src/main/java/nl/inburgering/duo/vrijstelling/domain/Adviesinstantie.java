package nl.inburgering.duo.vrijstelling.domain;

/** Who advises DUO on a foreign diploma (seed §10.2): SBB (beroepsonderwijs) or Nuffic (hoger onderwijs). */
public enum Adviesinstantie { SBB, NUFFIC }
