package nl.inburgering.voorbeeld.fout.web;

import nl.inburgering.voorbeeld.fout.persistence.FoutEntiteit;

/** Fixture: a controller that returns an entity. */
public class FoutController {

    public FoutEntiteit lees() {
        return new FoutEntiteit();
    }
}
