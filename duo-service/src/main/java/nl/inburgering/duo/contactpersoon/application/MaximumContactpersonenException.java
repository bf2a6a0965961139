package nl.inburgering.duo.contactpersoon.application;

/** A gemeente that already keeps the maximum number of contactpersonen registers no more. */
public class MaximumContactpersonenException extends RuntimeException {

    public MaximumContactpersonenException(int maximum) {
        super("Deze gemeente heeft al het maximum van " + maximum
                + " contactpersonen; verwijder er eerst een die niet meer nodig is.");
    }
}
