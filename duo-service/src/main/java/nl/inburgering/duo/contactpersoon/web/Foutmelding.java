package nl.inburgering.duo.contactpersoon.web;

/** Schema {@code Foutmelding} of DUO's Contactpersoon API 1.0.0: the body of its 403. */
record Foutmelding(String fouttekst) {
}
