package nl.inburgering.platform.validatie;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.inburgering.platform.bsn.Bsn;

public class GeldigBsnValidator implements ConstraintValidator<GeldigBsn, String> {

    @Override
    public boolean isValid(String waarde, ConstraintValidatorContext context) {
        return waarde == null || Bsn.isValid(waarde);
    }
}
