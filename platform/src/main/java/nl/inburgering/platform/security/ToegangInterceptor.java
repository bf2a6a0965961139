package nl.inburgering.platform.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Enforces {@link Toegang} on every endpoint of the chain, fail closed: an endpoint of ours without it
 * is refused. A tenant in the query string is refused too: the tenant comes from the token.
 */
public class ToegangInterceptor implements HandlerInterceptor {

    static final List<String> TENANT_PARAMETERS = List.of(KetenGebruiker.CLAIM_GEMEENTECODE,
            KetenGebruiker.CLAIM_INSTELLINGSNUMMER, "oin", KetenGebruiker.CLAIM_OIN);
    private static final String EIGEN_CODE = "nl.inburgering.";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod methode) || !methode.getBeanType().getName().startsWith(EIGEN_CODE)) {
            return true;
        }
        weigerTenantInQuery(request);
        Toegang toegang = toegang(methode);
        if (toegang == null) {
            throw new GeenToegangException("dit endpoint heeft geen toegangsregel");
        }
        if (!KetenGebruiker.huidig().heeftEenVan(toegang.value())) {
            throw new GeenToegangException("deze rol heeft geen toegang tot dit endpoint");
        }
        return true;
    }

    public static Toegang toegang(HandlerMethod methode) {
        Toegang opMethode = methode.getMethodAnnotation(Toegang.class);
        return opMethode != null ? opMethode : methode.getBeanType().getAnnotation(Toegang.class);
    }

    private static void weigerTenantInQuery(HttpServletRequest request) {
        List<InvalidParam> problemen = new ArrayList<>();
        for (String naam : TENANT_PARAMETERS) {
            if (request.getParameter(naam) != null) {
                problemen.add(new InvalidParam(naam, "tenantFromToken",
                        "de organisatie komt uit het token, niet uit het verzoek"));
            }
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
    }
}
