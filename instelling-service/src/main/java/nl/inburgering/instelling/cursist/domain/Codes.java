package nl.inburgering.instelling.cursist.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading a medewerker's code into one of the enums, so every wrong code is a problem, not an error. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> Optional<E> lees(Class<E> soort, String code) {
        return Arrays.stream(soort.getEnumConstants()).filter(waarde -> waarde.name().equals(code)).findFirst();
    }

    static String toegestaan(Class<? extends Enum<?>> soort) {
        return Arrays.stream(soort.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
