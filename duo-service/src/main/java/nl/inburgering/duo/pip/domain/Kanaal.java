package nl.inburgering.duo.pip.domain;

/** How a PIP reached DUO: stelseldienst #16 or the M2M PIP API. */
public enum Kanaal { STELSELDIENST, M2M }
