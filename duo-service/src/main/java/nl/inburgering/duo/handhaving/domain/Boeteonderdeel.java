package nl.inburgering.duo.handhaving.domain;

/** What DUO fines separately at handhaving op resultaat (the contract's Boeteonderdeel): the leerroute, PVT, MAP. */
public enum Boeteonderdeel { LEERROUTE, PVT, MAP }
