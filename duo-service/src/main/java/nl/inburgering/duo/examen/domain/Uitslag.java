package nl.inburgering.duo.examen.domain;

import java.util.Arrays;
import java.util.Optional;

/** ExamenresultaatWI2021 of DUO's Examen API: Geslaagd, Gezakt, Geen (no result could be determined). */
public enum Uitslag {
    GESLAAGD("Geslaagd"), GEZAKT("Gezakt"), GEEN("Geen");

    private final String code;

    Uitslag(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Uitslag> vanCode(String code) {
        return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
    }
}
