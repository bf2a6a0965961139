package nl.inburgering.duo.resultaten.domain;

/** How a result reached DUO: stelseldienst #17 over Kafka or the M2M MAP-PVT-Zroute API. */
public enum Kanaal { STELSELDIENST, M2M }
