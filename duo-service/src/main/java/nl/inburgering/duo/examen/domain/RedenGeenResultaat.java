package nl.inburgering.duo.examen.domain;

import java.util.Arrays;
import java.util.Optional;

/** RedenGeenResultaatInburgeringsexamen of DUO's Examen API: why an examen gave no result. */
public enum RedenGeenResultaat {
    VERWIJTBAAR("Verwijtbaar"), NIET_VERWIJTBAAR("Nietverwijtbaar"), AFGEMELD("Afgemeld"), ABSENT("Absent");

    private final String code;

    RedenGeenResultaat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<RedenGeenResultaat> vanCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
