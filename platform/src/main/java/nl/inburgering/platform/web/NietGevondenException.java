package nl.inburgering.platform.web;

/** The asked resource does not exist for this caller; answered with 404. */
public class NietGevondenException extends RuntimeException {

    public NietGevondenException(String omschrijving) {
        super(omschrijving);
    }
}
