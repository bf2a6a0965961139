package nl.inburgering.duo.m2m.web.gedeeld;

/** A client over its M2M limit: 429 with {@code Retry-After} ({@link M2mFoutafhandeling}). */
public class TeVeelVerzoekenException extends RuntimeException {

    private final long wachtSeconden;

    public TeVeelVerzoekenException(String reden, long wachtSeconden) {
        super(reden);
        this.wachtSeconden = Math.max(1, wachtSeconden);
    }

    public long wachtSeconden() {
        return wachtSeconden;
    }
}
