package nl.inburgering.contracts.testdata;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.inburgering.contracts.common.Leerroute;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EnumVertalingenTest {

    /** A service's own leerroute, as a mapper would see it. */
    enum Route { B1, ONDERWIJS, Z }

    static Route compleet(Leerroute leerroute) {
        return switch (leerroute) {
            case ONBEKEND, B1_ROUTE -> Route.B1;
            case ONDERWIJSROUTE -> Route.ONDERWIJS;
            case ZELFREDZAAMHEIDSROUTE -> Route.Z;
        };
    }

    static Route zonderZroute(Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Route.B1;
            case ONDERWIJSROUTE -> Route.ONDERWIJS;
            default -> null;
        };
    }

    static Leerroute terug(Route route) {
        return switch (route) {
            case B1 -> Leerroute.B1_ROUTE;
            case ONDERWIJS -> Leerroute.ONDERWIJSROUTE;
            case Z -> Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    @Test
    void a_translation_of_every_contract_value_passes() {
        assertThatCode(() -> EnumVertalingen.dektElkeWaarde(Leerroute.class, EnumVertalingenTest::compleet))
                .doesNotThrowAnyException();
    }

    @Test
    void a_translation_that_returns_null_for_a_contract_value_fails_naming_each_missing_constant() {
        assertThatThrownBy(() -> EnumVertalingen.dektElkeWaarde(Leerroute.class, EnumVertalingenTest::zonderZroute))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Leerroute.ZELFREDZAAMHEIDSROUTE wordt vertaald naar null")
                .hasMessageContaining("Leerroute.ONBEKEND wordt vertaald naar null")
                .hasMessageNotContaining("B1_ROUTE")
                .hasMessageContaining("mist 2 waarde(n)");
    }

    @Test
    void a_translation_that_throws_for_a_value_fails_naming_the_constant_with_the_exception_as_cause() {
        assertThatThrownBy(() -> EnumVertalingen.wordtElkeWaardeVertaald(Route.class, route -> {
            if (route == Route.Z) {
                throw new IllegalArgumentException("geen Z-route");
            }
            return terug(route);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Route.Z wordt niet vertaald")
                .hasMessageContaining("geen Z-route")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_translation_of_every_domain_value_passes() {
        assertThatCode(() -> EnumVertalingen.wordtElkeWaardeVertaald(Route.class, EnumVertalingenTest::terug))
                .doesNotThrowAnyException();
    }

    @Test
    void a_deliberately_untranslated_contract_value_may_be_named_but_every_other_gap_still_fails() {
        assertThatCode(() -> EnumVertalingen.dektElkeWaardeBehalve(Leerroute.class,
                EnumSet.of(Leerroute.ONBEKEND, Leerroute.ZELFREDZAAMHEIDSROUTE), EnumVertalingenTest::zonderZroute))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> EnumVertalingen.dektElkeWaardeBehalve(Leerroute.class,
                EnumSet.of(Leerroute.ONBEKEND), EnumVertalingenTest::zonderZroute))
                .hasMessageContaining("Leerroute.ZELFREDZAAMHEIDSROUTE")
                .hasMessageNotContaining("ONBEKEND");
    }
}
