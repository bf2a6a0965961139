package nl.inburgering.platform.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The API Design Rules' security headers for an answer the security filters never saw: a request the firewall
 * refuses, or one Tomcat refuses before any filter runs (the same values as {@code SecurityAutoConfiguration}'s
 * header writers).
 */
public final class Beveiligingsheaders {

    private Beveiligingsheaders() {
    }

    public static void zet(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }
}
