package nl.inburgering.duo.m2m.web.gedeeld;

/** The bron may not see this person's data over M2M; answered with 403 "Niet geautoriseerd". */
public class NietGeautoriseerdException extends RuntimeException {

    public NietGeautoriseerdException(String omschrijving) {
        super(omschrijving);
    }
}
