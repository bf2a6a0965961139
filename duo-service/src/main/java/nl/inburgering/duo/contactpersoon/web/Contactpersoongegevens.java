package nl.inburgering.duo.contactpersoon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.inburgering.duo.contactpersoon.application.Contactgegevens;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Schema {@code Contactpersoongegevens} of DUO's Contactpersoon API 1.0.0, with the spec's rules: all three
 * required; naam up to 100 letters, spaces, apostrophes, dots and dashes; email 4 to 241 characters;
 * telefoonnummer 3 to 22 characters in the spec's pattern.
 */
record Contactpersoongegevens(String naam, String email, String telefoonnummer) {

    private static final Pattern NAAM = Pattern.compile("[\\s'‘.\\p{L}\\p{Pd}]{0,100}");
    private static final Pattern TELEFOONNUMMER = Pattern
            .compile("^(\\+|[0-9])((\\s|\\s?(-|\\(0\\))\\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$");

    List<InvalidParam> problemen() {
        List<InvalidParam> problemen = new ArrayList<>();
        if (naam == null || naam.isBlank()) {
            problemen.add(new InvalidParam("naam", "required", "De naam ontbreekt."));
        } else if (naam.length() > 100 || !NAAM.matcher(naam).matches()) {
            problemen.add(new InvalidParam("naam", "pattern",
                    "Een naam heeft hoogstens 100 tekens: letters, spaties, apostrofs, punten en streepjes."));
        }
        if (email == null || email.isBlank()) {
            problemen.add(new InvalidParam("email", "required", "Het e-mailadres ontbreekt."));
        } else if (email.length() < 4 || email.length() > 241) {
            problemen.add(new InvalidParam("email", "length", "Een e-mailadres heeft 4 tot en met 241 tekens."));
        }
        if (telefoonnummer == null || telefoonnummer.isBlank()) {
            problemen.add(new InvalidParam("telefoonnummer", "required", "Het telefoonnummer ontbreekt."));
        } else if (telefoonnummer.length() < 3 || telefoonnummer.length() > 22
                || !TELEFOONNUMMER.matcher(telefoonnummer).matches()) {
            problemen.add(new InvalidParam("telefoonnummer", "pattern",
                    "Het telefoonnummer heeft niet de vorm die DUO kent (bijvoorbeeld 020-1234567 of +31201234567)."));
        }
        return problemen;
    }

    Contactgegevens gegevens() {
        return new Contactgegevens(naam, email, telefoonnummer);
    }
}
