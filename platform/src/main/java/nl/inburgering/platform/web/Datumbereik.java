package nl.inburgering.platform.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

import org.springframework.beans.factory.annotation.Autowired;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date within a plausible range for its field (issue 11, item 9): not before {@link #vanaf()} and at most
 * {@link #dagenVooruit()} days after today by the service's clock (0: not in the future). A JSON date in the year 0
 * or 9999 is well-formed but no birth date, dagtekening or start date. Null is valid (combine with
 * {@code @NotNull}). Reported with code {@code range}.
 */
@Documented
@Constraint(validatedBy = Datumbereik.Controle.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface Datumbereik {

    /** The earliest plausible date, ISO ({@code 1900-01-01}). */
    String vanaf();

    /**
     * How many days after today the date may lie; 0 means not in the future, {@link #ONBEGRENSD} no upper bound
     * here (where {@code @Past} or a domain rule already answers a future date with its own code).
     */
    int dagenVooruit() default 0;

    int ONBEGRENSD = -1;

    String message() default "moet op of na {vanaf} liggen, en niet later dan {dagenVooruit} dagen na vandaag"
            + " (-1: zonder bovengrens)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The earliest plausible birth date of a person alive in the chain. */
    String GEBOORTE = "1900-01-01";
    /** The Wet inburgering 2021 applies from this day: no PIP, aanbod or uren before it. */
    String WI2021 = "2022-01-01";

    class Controle implements ConstraintValidator<Datumbereik, Temporal> {

        private final Clock clock;
        private LocalDate vanaf;
        private int dagenVooruit;

        public Controle() {
            this(Clock.systemDefaultZone());
        }

        @Autowired
        public Controle(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void initialize(Datumbereik bereik) {
            vanaf = LocalDate.parse(bereik.vanaf());
            dagenVooruit = bereik.dagenVooruit();
        }

        @Override
        public boolean isValid(Temporal waarde, ConstraintValidatorContext context) {
            if (waarde == null) {
                return true;
            }
            LocalDate datum;
            if (waarde instanceof OffsetDateTime d) {
                datum = d.toLocalDate();
            } else if (waarde instanceof ZonedDateTime d) {
                datum = d.toLocalDate();
            } else {
                datum = LocalDate.from(waarde);
            }
            return !datum.isBefore(vanaf)
                    && (dagenVooruit < 0 || !datum.isAfter(LocalDate.now(clock).plusDays(dagenVooruit)));
        }
    }
}
