package nl.inburgering.platform.web;

import java.util.Optional;
import java.util.Set;

import org.springframework.web.servlet.HandlerInterceptor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.inburgering.platform.security.KetenGebruiker;

/**
 * The rate limit per client on the write endpoints of every service (issue 11, item 7; decision 0014): a
 * {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE} under {@code /api} takes a token from the client's bucket
 * ({@link Tokenemmers}, limits {@code keten.begrenzing.schrijven.*}); an empty bucket answers 429 problem+json with
 * {@code Retry-After} and counts in {@code keten.begrensd{client}}. Reads are not limited, a search
 * ({@code POST .../_zoek}) neither. The client is the token's
 * {@code azp}, {@code client_id} or {@code sub} ({@link KetenGebruiker#huidigeClient()}).
 */
public class Schrijfbegrenzing implements HandlerInterceptor {

    /** The metric of refused requests, per client. */
    public static final String METRIEK = "keten.begrensd";
    private static final Set<String> SCHRIJVEND = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Tokenemmers emmers;
    private final MeterRegistry metrieken;

    public Schrijfbegrenzing(Tokenemmers emmers, MeterRegistry metrieken) {
        this.emmers = emmers;
        this.metrieken = metrieken;
    }

    /** {@code POST .../_zoek} is a read (API Design Rules: a search with its criteria in the body), like a GET. */
    private static boolean isZoekvraag(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/_zoek");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!SCHRIJVEND.contains(request.getMethod()) || isZoekvraag(request)) {
            return true;
        }
        Optional<String> client = KetenGebruiker.huidigeClient();
        if (client.isEmpty()) {
            return true; // no token: the security filters have answered already, or the endpoint is open
        }
        long wacht = emmers.neem(client.get());
        if (wacht > 0) {
            Counter.builder(METRIEK).description("write requests refused by the rate limit per client")
                    .tag("client", client.get()).register(metrieken).increment();
            throw new TeVeelVerzoekenException("Te veel schrijvende verzoeken van deze client; probeer het over "
                    + wacht + " seconden opnieuw.", wacht);
        }
        return true;
    }
}
