package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.inburgering.platform.security.KetenGebruiker;

/**
 * Applies {@link M2mBegrenzing} to every authenticated M2M request, before the handler: the client's token bucket,
 * and for a request about a person ({@code /personen/} in the path) its refusal budget. The 429 is written by
 * {@link M2mFoutafhandeling} as problem+json with {@code Retry-After}.
 */
class M2mBegrenzingInterceptor implements HandlerInterceptor {

    private final M2mBegrenzing begrenzing;

    M2mBegrenzingInterceptor(M2mBegrenzing begrenzing) {
        this.begrenzing = begrenzing;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return true;
        }
        String oin;
        try {
            oin = KetenGebruiker.huidig().organisatieOin();
        } catch (IllegalStateException geenToken) {
            return true;
        }
        begrenzing.verzoek(oin == null ? "onbekend" : oin, request.getRequestURI().contains("/personen/"));
        return true;
    }
}
