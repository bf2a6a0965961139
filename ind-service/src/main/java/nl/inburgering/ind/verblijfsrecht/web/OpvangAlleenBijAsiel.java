package nl.inburgering.ind.verblijfsrecht.web;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

/**
 * The opvang in a COA location is a fact about an asielstatushouder only: a request that gives
 * {@code opvangInCoaLocatie} with another verblijfsdoel is reported on that field, next to the other problems
 * (issue 13, item 8; decision 0025).
 */
@Documented
@Constraint(validatedBy = OpvangAlleenBijAsiel.Controle.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface OpvangAlleenBijAsiel {

    String message() default "mag alleen worden opgegeven bij verblijfsdoel ASIEL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<OpvangAlleenBijAsiel,
            VerblijfsvergunningController.VerblijfsvergunningRequest> {

        @Override
        public boolean isValid(VerblijfsvergunningController.VerblijfsvergunningRequest request,
                ConstraintValidatorContext context) {
            if (request == null || request.opvangInCoaLocatie() == null || request.verblijfsdoel() == null
                    || request.verblijfsdoel() == Verblijfsdoel.ASIEL) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("opvangInCoaLocatie").addConstraintViolation();
            return false;
        }
    }
}
