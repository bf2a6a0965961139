package nl.inburgering.gemeente.pip.domain;

import java.util.List;
import java.util.Optional;

/** Alfabetiseringsonderwijs as part of the leerroute (DUO's codes). */
public enum Alfabetisering {
    /** Onderwijs voor analfabeet. */
    A,
    /** Onderwijs voor anders-gealfabetiseerde. */
    AA,
    /** Niet van toepassing. */
    NVT;

    /**
     * The caseworker's alfabetiseringsonderwijs, which the PIP and the inburgeringsaanbod both require: a missing or
     * unknown code adds its problem and gives none.
     */
    static Optional<Alfabetisering> lees(String code, List<Probleem> problemen) {
        if (code == null) {
            problemen.add(new Probleem("alfabetiseringsonderwijs", "required",
                    "alfabetiseringsonderwijs is verplicht (NVT als het niet van toepassing is)"));
            return Optional.empty();
        }
        Optional<Alfabetisering> alfabetisering = Codes.lees(Alfabetisering.class, code);
        if (alfabetisering.isEmpty()) {
            problemen.add(new Probleem("alfabetiseringsonderwijs", "enum",
                    "onbekend alfabetiseringsonderwijs; toegestaan: " + Codes.toegestaan(Alfabetisering.class)));
        }
        return alfabetisering;
    }
}
