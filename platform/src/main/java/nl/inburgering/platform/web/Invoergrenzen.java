package nl.inburgering.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Limits on every request before a controller sees it (issue 11, items 7 and 9): a body larger than the maximum
 * answers 413 (by its {@code Content-Length}, or while reading a chunked one), and a query parameter with a control
 * character answers 400, both as problem+json. Runs after the security filters, so the answer carries the security
 * headers and an unauthenticated caller learns nothing but 401.
 */
public class Invoergrenzen extends OncePerRequestFilter {

    private final long maximaleBody;

    public Invoergrenzen(long maximaleBody) {
        this.maximaleBody = maximaleBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maximaleBody) {
            teGroot(response, maximaleBody);
            return;
        }
        String query = request.getQueryString();
        if (query != null) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                boolean fout = StrikteJson.heeftStuurteken(parameter.getKey());
                for (String waarde : parameter.getValue()) {
                    fout |= StrikteJson.heeftStuurteken(waarde);
                }
                if (fout) {
                    schrijf(response, 400, "{\"type\":\"https://inburgering.nl/problemen/ongeldige-invoer\","
                            + "\"title\":\"Een of meer parameters zijn ongeldig\",\"status\":400,"
                            + "\"detail\":\"1 probleem in het verzoek\",\"invalidParams\":[{\"name\":\"query\","
                            + "\"code\":\"controlCharacter\",\"reason\":\"een queryparameter bevat een stuurteken\"}]}");
                    return;
                }
            }
        }
        chain.doFilter(new Begrensd(request, maximaleBody), response);
    }

    static void teGroot(HttpServletResponse response, long maximum) throws IOException {
        schrijf(response, 413, "{\"type\":\"about:blank\",\"title\":\"Verzoek te groot\",\"status\":413,"
                + "\"detail\":\"De body van een verzoek is hoogstens " + maximum + " bytes.\"}");
    }

    private static void schrijf(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown while reading a body past the maximum; the advice answers 413. */
    public static final class TeGrootException extends IOException {

        private final long maximum;

        TeGrootException(long maximum) {
            super("body groter dan " + maximum + " bytes");
            this.maximum = maximum;
        }

        public long maximum() {
            return maximum;
        }
    }

    private static final class Begrensd extends HttpServletRequestWrapper {

        private final long maximum;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long maximum) {
            super(request);
            this.maximum = maximum;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                ServletInputStream echt = super.getInputStream();
                stroom = new ServletInputStream() {
                    private long gelezen;

                    @Override
                    public int read() throws IOException {
                        int b = echt.read();
                        if (b >= 0) {
                            tel(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int lengte) throws IOException {
                        int n = echt.read(buffer, offset, lengte);
                        if (n > 0) {
                            tel(n);
                        }
                        return n;
                    }

                    private void tel(int n) throws TeGrootException {
                        gelezen += n;
                        if (gelezen > maximum) {
                            throw new TeGrootException(maximum);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return echt.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return echt.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        echt.setReadListener(listener);
                    }
                };
            }
            return stroom;
        }
    }
}
