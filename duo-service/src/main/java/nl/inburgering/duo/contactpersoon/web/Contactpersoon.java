package nl.inburgering.duo.contactpersoon.web;

/** Schema {@code Contactpersoon} of DUO's Contactpersoon API 1.0.0. */
record Contactpersoon(int id, Contactpersoongegevens contactpersoongegevens) {
}
