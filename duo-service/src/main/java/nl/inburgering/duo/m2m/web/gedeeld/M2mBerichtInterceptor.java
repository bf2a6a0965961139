package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sets the M2M response headers before the handler runs, so they are on every answer of the handler,
 * including the problem+json answers written by the exception handlers:
 * <ul>
 * <li>{@code API-Version}: the version of the API the controller implements ({@link ApiVersie}), replacing
 * the platform's default that its filter set earlier;</li>
 * <li>{@code berichtId}: the request's berichtId echoed, as the spec's parameter description asks, when it is a
 * well-formed UUID (a missing or malformed one is reported in the 400 body instead).</li>
 * </ul>
 */
public class M2mBerichtInterceptor implements HandlerInterceptor {

    static final String API_VERSION = "API-Version";
    static final String BERICHT_ID = "berichtId";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod methode) {
            ApiVersie versie = AnnotatedElementUtils.findMergedAnnotation(methode.getBeanType(), ApiVersie.class);
            if (versie != null) {
                response.setHeader(API_VERSION, versie.value());
            }
        }
        String berichtId = request.getHeader(BERICHT_ID);
        if (M2mVerzoekvalidatie.isUuid(berichtId)) {
            response.setHeader(BERICHT_ID, berichtId);
        }
        return true;
    }
}
