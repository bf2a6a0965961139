package nl.inburgering.duo.m2m.web;

import com.fasterxml.jackson.annotation.JsonValue;

/** DUO's AsielrechtenWijzigingVerblijfsdoel, with the spec's wire values. Not registered by us yet. */
public enum AsielrechtenWijzigingVerblijfsdoel {
    ASIELRECHTEN_TOEGEKEND("Asielrechten toegekend"),
    BEHOUD_ASIELRECHTEN("Behoud asielrechten"),
    OP_VERZOEK_BEHOUD_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT("Op verzoek behoud rechten van gezins- en overige migrant"),
    OP_VERZOEK_RECHTEN_GEZINS_EN_OVERIGE_MIGRANT_TOEGEKEND(
            "Op verzoek rechten van gezins- en overige migrant toegekend");

    private final String waarde;

    AsielrechtenWijzigingVerblijfsdoel(String waarde) {
        this.waarde = waarde;
    }

    @JsonValue
    public String waarde() {
        return waarde;
    }
}
