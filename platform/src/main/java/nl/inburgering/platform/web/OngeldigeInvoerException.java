package nl.inburgering.platform.web;

import java.util.List;

/**
 * A request that breaks one or more rules; answered with 400 and every problem listed.
 */
public class OngeldigeInvoerException extends RuntimeException {

    private final List<InvalidParam> problemen;

    public OngeldigeInvoerException(List<InvalidParam> problemen) {
        super(problemen.size() + " ongeldige invoer");
        this.problemen = List.copyOf(problemen);
    }

    public OngeldigeInvoerException(String naam, String code, String reden) {
        this(List.of(new InvalidParam(naam, code, reden)));
    }

    public List<InvalidParam> problemen() {
        return problemen;
    }
}
