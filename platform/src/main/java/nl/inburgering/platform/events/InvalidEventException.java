package nl.inburgering.platform.events;

/**
 * An incoming event that can never be processed as it is: wrong envelope, unreadable payload or a
 * value that breaks a rule. It goes to the dead-letter topic at once; retrying cannot help.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String reden) {
        super(reden);
    }

    public InvalidEventException(String reden, Throwable oorzaak) {
        super(reden, oorzaak);
    }
}
