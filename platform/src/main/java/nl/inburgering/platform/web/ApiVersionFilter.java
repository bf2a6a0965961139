package nl.inburgering.platform.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * API Design Rules (API-57): every response carries the full version of the API in {@code API-Version}.
 * Set before the handler runs, so an API with its own version (DUO's M2M APIs) can overwrite it.
 */
public class ApiVersionFilter extends OncePerRequestFilter {

    private final String versie;

    public ApiVersionFilter(String versie) {
        this.versie = versie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("API-Version", versie);
        chain.doFilter(request, response);
    }
}
