package nl.inburgering.platform.validatie;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A burgerservicenummer: 9 digits that pass the elfproef. {@code null} is left to {@code @NotNull}. */
@Target({ FIELD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
@Constraint(validatedBy = GeldigBsnValidator.class)
public @interface GeldigBsn {

    String message() default "is geen geldig BSN (9 cijfers en de elfproef)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
