package nl.inburgering.gemeente.overdracht.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The klantmanager's part of the overdracht (#19): the contactpersoon for further questions, and whether the
 * maatschappelijke begeleiding at the old gemeente is afgerond (the service keeps no record of its completion).
 * Every problem at once.
 */
public record Levering(String contactpersoon, Boolean maatschappelijkeBegeleidingAfgerond) {

    /** The contract keeps it short: a name and an e-mailadres. */
    public static final int MAX_CONTACTPERSOON = 200;

    public record Probleem(String veld, String code, String reden) {
    }

    public List<Probleem> problemen() {
        List<Probleem> problemen = new ArrayList<>();
        if (contactpersoon == null || contactpersoon.isBlank()) {
            problemen.add(new Probleem("contactpersoon", "required",
                    "Geef de naam en het e-mailadres van de regisseur voor nadere vragen."));
        } else if (contactpersoon.length() > MAX_CONTACTPERSOON) {
            problemen.add(new Probleem("contactpersoon", "maxLength",
                    "Ten hoogste " + MAX_CONTACTPERSOON + " tekens."));
        }
        if (maatschappelijkeBegeleidingAfgerond == null) {
            problemen.add(new Probleem("maatschappelijkeBegeleidingAfgerond", "required",
                    "Geef aan of de maatschappelijke begeleiding bij uw gemeente is afgerond (true of false)."));
        }
        return problemen;
    }
}
