package nl.inburgering.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 from the security filters as {@code application/problem+json}, like every other error.
 * The text is fixed: why a token was refused is logged, never told to the caller.
 */
class ProblemJsonAntwoord implements AuthenticationEntryPoint, AccessDeniedHandler,
        org.springframework.security.web.firewall.RequestRejectedHandler {

    /**
     * A request the firewall refuses before any security filter (an encoded slash, {@code ;}, a control character
     * in the path): 400 problem+json, with the security headers the filters would have written.
     */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.web.firewall.RequestRejectedException fout) throws IOException {
        Beveiligingsheaders.zet(response);
        schrijf(response, 400, "Ongeldig verzoek", "Het pad of de headers van dit verzoek zijn niet toegestaan.");
    }


    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException fout) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        schrijf(response, 401, "Niet geauthenticeerd", "Een geldig access token is nodig (Authorization: Bearer).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException fout)
            throws IOException {
        schrijf(response, 403, "Geen toegang", "Dit token geeft geen toegang tot dit endpoint.");
    }

    private static void schrijf(HttpServletResponse response, int status, String titel, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + titel + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
