package nl.inburgering.duo.m2m.web.gedeeld;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The full version ({@code info.version}) of the DUO M2M API a controller implements. {@link M2mBerichtInterceptor}
 * puts it in the {@code API-Version} header of every response of that controller, errors included, over the
 * platform's default.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiVersie {

    String value();
}
