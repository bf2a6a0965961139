package nl.inburgering.platform.web;

/** A client over its limit: 429 problem+json with {@code Retry-After} in seconds ({@link ProblemDetailsAdvice}). */
public class TeVeelVerzoekenException extends RuntimeException {

    private final long wachtSeconden;

    public TeVeelVerzoekenException(String reden, long wachtSeconden) {
        super(reden);
        this.wachtSeconden = wachtSeconden;
    }

    /** The seconds after which the client may try again. */
    public long wachtSeconden() {
        return wachtSeconden;
    }
}
