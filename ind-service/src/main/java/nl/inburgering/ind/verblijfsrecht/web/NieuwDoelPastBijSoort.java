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
import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

/**
 * A change of verblijfsdoel names the new doel; an intrekking or naturalisatie has none; a referent only goes with
 * gezinshereniging or gezinsvorming. Each problem is reported on its field, next to the other problems.
 */
@Documented
@Constraint(validatedBy = NieuwDoelPastBijSoort.Controle.class)
@Target(TYPE)
@Retention(RUNTIME)
@interface NieuwDoelPastBijSoort {

    String message() default "past niet bij de soort wijziging";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Controle implements ConstraintValidator<NieuwDoelPastBijSoort, VerblijfsvergunningController.WijzigingRequest> {

        @Override
        public boolean isValid(VerblijfsvergunningController.WijzigingRequest request,
                ConstraintValidatorContext context) {
            if (request == null || request.soortWijziging() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean geldig = true;
            boolean doelgewijzigd = request.soortWijziging() == SoortWijziging.VERBLIJFSDOEL_GEWIJZIGD;
            if (doelgewijzigd && request.nieuwVerblijfsdoel() == null) {
                geldig = meld(context, "nieuwVerblijfsdoel", "is verplicht bij VERBLIJFSDOEL_GEWIJZIGD");
            }
            if (!doelgewijzigd && request.nieuwVerblijfsdoel() != null) {
                geldig = meld(context, "nieuwVerblijfsdoel",
                        "mag alleen worden opgegeven bij VERBLIJFSDOEL_GEWIJZIGD");
            }
            if (Boolean.TRUE.equals(request.referentIsAsielstatushouder())
                    && request.nieuwVerblijfsdoel() != Verblijfsdoel.GEZINSHERENIGING
                    && request.nieuwVerblijfsdoel() != Verblijfsdoel.GEZINSVORMING) {
                geldig = meld(context, "referentIsAsielstatushouder",
                        "mag alleen bij een nieuw verblijfsdoel GEZINSHERENIGING of GEZINSVORMING");
            }
            return geldig;
        }

        private static boolean meld(ConstraintValidatorContext context, String veld, String bericht) {
            context.buildConstraintViolationWithTemplate(bericht).addPropertyNode(veld).addConstraintViolation();
            return false;
        }
    }
}
