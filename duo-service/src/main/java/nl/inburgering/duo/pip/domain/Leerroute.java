package nl.inburgering.duo.pip.domain;

/** DUO's Leerroute (M2M PIP API), with its wire code. */
public enum Leerroute {
    B1_ROUTE("B"), ONDERWIJSROUTE("O"), Z_ROUTE("Z");

    private final String code;

    Leerroute(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Leerroute vanCode(String code) {
        for (Leerroute leerroute : values()) {
            if (leerroute.code.equals(code)) {
                return leerroute;
            }
        }
        throw new IllegalArgumentException("onbekende leerroute " + code);
    }
}
