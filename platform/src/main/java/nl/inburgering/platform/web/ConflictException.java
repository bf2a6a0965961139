package nl.inburgering.platform.web;

/** The request conflicts with what is already registered; answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String omschrijving) {
        super(omschrijving);
    }
}
