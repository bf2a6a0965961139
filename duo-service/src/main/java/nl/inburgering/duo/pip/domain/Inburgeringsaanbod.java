package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The inburgeringsaanbod of an asielstatushouder at one instelling (stelseldienst #16). The README rules name
 * datumEindeCursus and datumAanvangTaalschakeltraject, which the Inburgeringsaanbod API 1.2.0 schema does not
 * (yet) carry; the API has datumInburgeringsaanbod and the verwachte start- and einddatum of the opleiding. All
 * dates are optional.
 *
 * @param verwachteEinddatumOpleiding exclusive, as the API documents it
 */
public record Inburgeringsaanbod(String instellingsnummer, LocalDate datumInburgeringsaanbod,
        LocalDate verwachteStartdatumOpleiding, LocalDate verwachteEinddatumOpleiding, LocalDate datumEindeCursus,
        LocalDate datumAanvangTaalschakeltraject, Alfabetisering indicatorAlfabetiseringsonderwijs) {

    public Inburgeringsaanbod {
        Objects.requireNonNull(instellingsnummer, "instellingsnummer");
    }

    /** The dates that are present, by their wire name, in a stable order for the overtredingen. */
    Map<String, LocalDate> data() {
        Map<String, LocalDate> data = new LinkedHashMap<>();
        data.put("datumInburgeringsaanbod", datumInburgeringsaanbod);
        data.put("verwachteStartdatumOpleiding", verwachteStartdatumOpleiding);
        data.put("verwachteEinddatumOpleiding", verwachteEinddatumOpleiding);
        data.put("datumEindeCursus", datumEindeCursus);
        data.put("datumAanvangTaalschakeltraject", datumAanvangTaalschakeltraject);
        data.values().removeIf(Objects::isNull);
        return data;
    }
}
