package nl.inburgering.voorbeeld.fout.persistence;

/** Fixture: what a controller must not touch. */
public class FoutEntiteit {
}
