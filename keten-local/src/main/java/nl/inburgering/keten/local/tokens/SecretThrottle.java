package nl.inburgering.keten.local.tokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Throttles guessing of client secrets at {@code /oauth2/token}: after {@link #MAXIMUM_FAILURES} refused
 * client authentications of one client id within {@link #WINDOW}, every token request of that client answers
 * 429 with {@code Retry-After} until the window has passed (also with the right secret). A successful request
 * clears the count.
 */
final class SecretThrottle extends OncePerRequestFilter {

    static final int MAXIMUM_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int maximum;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SecretThrottle(int maximum, Duration window) {
        this(maximum, window, Clock.systemUTC());
    }

    SecretThrottle(int maximum, Duration window, Clock clock) {
        this.maximum = maximum;
        this.window = window;
        this.clock = clock;
    }

    private record Failures(Instant since, int count) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/oauth2/token".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = clientId(request);
        Instant now = clock.instant();
        Failures known = failures.get(clientId);
        if (known != null && now.isAfter(known.since().plus(window))) {
            failures.remove(clientId, known);
            known = null;
        }
        if (known != null && known.count() >= maximum) {
            long seconds = Math.max(1, Duration.between(now, known.since().plus(window)).toSeconds());
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/json");
            response.getOutputStream().write(("{\"error\":\"slow_down\",\"error_description\":\"too many wrong"
                    + " client secrets; retry after " + seconds + " s\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == 401) {
            failures.merge(clientId, new Failures(now, 1), (old, one) -> new Failures(old.since(), old.count() + 1));
        } else if (response.getStatus() < 400) {
            failures.remove(clientId);
        }
    }

    /** From HTTP Basic or the {@code client_id} form field; one bucket for requests that name none. */
    private static String clientId(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? decoded : decoded.substring(0, colon);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        String parameter = request.getParameter("client_id");
        return parameter == null ? "" : parameter;
    }
}
