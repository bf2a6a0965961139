package nl.inburgering.duo.leerbaarheidstoets.web;

/** Schema {@code Examennummer} of DUO's Leerbaarheidstoets API 1.2.0. */
record Examennummer(String examennummer) {
}
