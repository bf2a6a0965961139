package nl.inburgering.voorbeeld.goed.web;

import nl.inburgering.voorbeeld.goed.application.GoedHandler;

/** Fixture: a controller that calls a handler. */
public class GoedController {

    private final GoedHandler handler;

    public GoedController(GoedHandler handler) {
        this.handler = handler;
    }
}
