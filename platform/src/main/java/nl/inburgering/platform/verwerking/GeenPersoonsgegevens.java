package nl.inburgering.platform.verwerking;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JPA entity that holds no personal data (a counter, a reference list), so
 * {@link Persoonsgegevensbewaking} lets it change outside a {@link Persoonsverwerking}. Say why where you use it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GeenPersoonsgegevens {
}
