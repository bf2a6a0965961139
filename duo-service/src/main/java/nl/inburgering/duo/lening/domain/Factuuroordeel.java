package nl.inburgering.duo.lening.domain;

public enum Factuuroordeel { BETAALBAAR_GESTELD, AFGEWEZEN }
