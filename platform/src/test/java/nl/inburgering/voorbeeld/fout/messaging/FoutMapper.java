package nl.inburgering.voorbeeld.fout.messaging;

/** Fixture: a mapper the domain must not know. */
public class FoutMapper {
}
