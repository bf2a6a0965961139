package nl.inburgering.duo.ontheffing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import nl.inburgering.duo.ontheffing.api.Ontheffingen.Ontheffing;

/**
 * The Ontheffing of DUO's Ontheffing API: either a GeheleOntheffing or a GedeeltelijkeOntheffing (one per
 * examenonderdeel: the published schema names one), with oordeel Toekenning/Afwijzing, datumOordeel and grond.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record OntheffingM2m(@JsonProperty("GeheleOntheffing") Gehele geheleOntheffing,
        @JsonProperty("GedeeltelijkeOntheffing") Gedeeltelijke gedeeltelijkeOntheffing) {

    record Gehele(String oordeel, LocalDate datumOordeel, String grond) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Gedeeltelijke(String oordeel, LocalDate datumOordeel, String grond, String examenonderdeel,
            Integer urenBelastbaarheidParticipatieactiviteit) {
    }

    /** Every ontheffing of the person, oldest first; aangepaste examenomstandigheden are left out. */
    static List<OntheffingM2m> van(List<Ontheffing> ontheffingen) {
        List<OntheffingM2m> lijst = new ArrayList<>();
        for (Ontheffing o : ontheffingen) {
            String oordeel = o.toegekend() ? "Toekenning" : "Afwijzing";
            if ("GEHEEL".equals(o.soort())) {
                lijst.add(new OntheffingM2m(new Gehele(oordeel, o.datumBeschikking(), o.grond()), null));
            } else if ("GEDEELTELIJK".equals(o.soort())) {
                if (o.onderdelen().isEmpty()) {
                    lijst.add(new OntheffingM2m(null, new Gedeeltelijke(oordeel, o.datumBeschikking(), o.grond(), null,
                            null)));
                }
                o.onderdelen().stream().sorted(java.util.Comparator.comparingInt(OntheffingM2m::volgorde))
                        .forEach(onderdeel -> lijst.add(new OntheffingM2m(null, new Gedeeltelijke(oordeel,
                                o.datumBeschikking(), o.grond(), onderdeel,
                                o.urenBelastbaarheidParticipatieactiviteit()))));
            }
        }
        return lijst;
    }

    private static int volgorde(String onderdeel) {
        return List.of("KNM", "LE", "LU", "SC", "SP").indexOf(onderdeel);
    }
}
