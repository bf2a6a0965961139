package nl.inburgering.contracts.testdata;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Assertions for a service's mapper between a contract enum and its own: every constant has a translation.
 * A {@code switch} with {@code default -> null} compiles happily when a contract gains a symbol; these checks
 * make such a gap fail in the mapper's unit test, naming the constant, instead of in production.
 *
 * <pre>{@code
 * EnumVertalingen.dektElkeWaardeBehalve(Leerroute.class, EnumSet.of(Leerroute.ONBEKEND), ContractCodes::leerroute);
 * EnumVertalingen.wordtElkeWaardeVertaald(Niveau.class, ContractCodes::niveau);
 * }</pre>
 *
 * A translation fails for a constant when it throws or returns {@code null}. All failing constants are reported
 * in one {@link AssertionError}.
 */
public final class EnumVertalingen {

    private EnumVertalingen() {
    }

    /** Every constant of the contract enum (including {@code ONBEKEND}) translates to a domain value. */
    public static <E extends Enum<E>> void dektElkeWaarde(Class<E> contractEnum, Function<E, ?> vertaling) {
        controleer("contract-enum", contractEnum, EnumSet.noneOf(contractEnum), vertaling);
    }

    /**
     * Every constant of the contract enum except those named translates to a domain value. For the deliberate gaps
     * only, typically {@code ONBEKEND} where the mapper's answer to "not given" is {@code null} or a dead letter.
     */
    public static <E extends Enum<E>> void dektElkeWaardeBehalve(Class<E> contractEnum, Set<E> bewustNietVertaald,
            Function<E, ?> vertaling) {
        controleer("contract-enum", contractEnum, bewustNietVertaald, vertaling);
    }

    /** Every constant of the service's own enum translates to a contract value. */
    public static <D extends Enum<D>> void wordtElkeWaardeVertaald(Class<D> domeinEnum, Function<D, ?> vertaling) {
        controleer("domein-enum", domeinEnum, EnumSet.noneOf(domeinEnum), vertaling);
    }

    private static <T extends Enum<T>> void controleer(String soort, Class<T> enumType, Set<T> uitgezonderd,
            Function<T, ?> vertaling) {
        Objects.requireNonNull(enumType, "enumType");
        Objects.requireNonNull(vertaling, "vertaling");
        List<String> gaten = new ArrayList<>();
        Throwable eersteFout = null;
        for (T constante : enumType.getEnumConstants()) {
            if (uitgezonderd.contains(constante)) {
                continue;
            }
            String naam = enumType.getSimpleName() + "." + constante.name();
            try {
                if (vertaling.apply(constante) == null) {
                    gaten.add(naam + " wordt vertaald naar null");
                }
            } catch (RuntimeException e) {
                gaten.add(naam + " wordt niet vertaald: " + e);
                if (eersteFout == null) {
                    eersteFout = e;
                }
            }
        }
        if (!gaten.isEmpty()) {
            throw new AssertionError("De vertaling van " + soort + " " + enumType.getName() + " mist "
                    + gaten.size() + " waarde(n):\n  " + String.join("\n  ", gaten), eersteFout);
        }
    }
}
