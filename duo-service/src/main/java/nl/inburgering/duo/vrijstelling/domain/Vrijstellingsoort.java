package nl.inburgering.duo.vrijstelling.domain;

/** DUO's soorten vrijstelling (Vrijstelling API: GeheleVrijstelling, TijdelijkeVrijstelling, GedeeltelijkeVrijstelling). */
public enum Vrijstellingsoort { GEHEEL, TIJDELIJK, GEDEELTELIJK }
