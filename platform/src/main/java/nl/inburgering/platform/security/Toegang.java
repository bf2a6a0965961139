package nl.inburgering.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint. Every controller method of the chain must say who may call it:
 * an endpoint without it is refused (fail closed), and the cross-tenant test suite reads it to try the
 * roles that may not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Toegang {

    Rol[] value();
}
