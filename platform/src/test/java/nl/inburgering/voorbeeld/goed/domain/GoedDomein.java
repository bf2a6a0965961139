package nl.inburgering.voorbeeld.goed.domain;

/** Fixture: plain domain code. */
public class GoedDomein {
}
