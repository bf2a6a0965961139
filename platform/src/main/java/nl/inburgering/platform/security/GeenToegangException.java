package nl.inburgering.platform.security;

/** The caller is authenticated but may not do this; answered with 403. */
public class GeenToegangException extends RuntimeException {

    public GeenToegangException(String reden) {
        super(reden);
    }
}
