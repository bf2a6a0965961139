package nl.inburgering.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.descriptor.web.ErrorPage;
import org.springframework.http.MediaType;

import nl.inburgering.platform.security.Beveiligingsheaders;

/**
 * What Tomcat answers itself, before Spring sees the request (issue 11, item 9): a {@code %00} or bad
 * percent-encoding in the path, an invalid character in the request target, an over-long request line or header, a
 * bad method token, {@code TRACE}, {@code CONNECT}, an unknown HTTP version, and any error that reaches the
 * container. Tomcat's own {@link ErrorReportValve} wrote an HTML page without the security headers; this one writes
 * {@code application/problem+json} with them, a fixed text per status (never Tomcat's message, which can echo the
 * request, nor a stack trace). An over-long request line answers 414 and an over-long header 431 where Tomcat says
 * 400 for both.
 * <p>
 * {@link #installeer(Context)} puts it on the host in place of every other error report valve, and removes the
 * context's error pages: without them an error dispatch (Boot's {@code /error}) cannot run through the security
 * filters again and answer a second, unauthenticated 401 instead of the error (a {@code TRACE} did).
 */
public class Containerfoutrapport extends ErrorReportValve {

    private static final String HTTP11_INVOER = "org.apache.coyote.http11.Http11InputBuffer";

    public Containerfoutrapport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    /** For a Tomcat context customizer: takes effect when the context starts, after every other customizer ran. */
    public static void installeer(Context context) {
        context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                Container host = context.getParent();
                Pipeline pipeline = host.getPipeline();
                boolean aanwezig = false;
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof Containerfoutrapport) {
                        aanwezig = true;
                    } else if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                if (!aanwezig) {
                    pipeline.addValve(new Containerfoutrapport());
                }
                for (ErrorPage pagina : context.findErrorPages()) {
                    context.removeErrorPage(pagina);
                }
            }
        });
    }

    @Override
    protected void report(Request request, Response response, Throwable fout) {
        int status = status(response.getStatus(), fout);
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setStatus(status);
            Beveiligingsheaders.zet(response);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(probleem(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer is already on its way: nothing left to tell
        }
    }

    /**
     * Tomcat's 400 for a request whose head does not fit its buffer ({@code server.max-http-request-header-size}):
     * 414 if the request line did not fit, 431 if a header did. Recognised by where Tomcat threw it, not by its
     * (translated) message; anything else keeps Tomcat's status.
     */
    static int status(int tomcat, Throwable fout) {
        if (tomcat != 400 || !(fout instanceof IllegalArgumentException)) {
            return tomcat;
        }
        StackTraceElement[] stapel = fout.getStackTrace();
        if (stapel.length == 0 || !HTTP11_INVOER.equals(stapel[0].getClassName())
                || !"fill".equals(stapel[0].getMethodName())) {
            return tomcat;
        }
        for (StackTraceElement plek : stapel) {
            if (HTTP11_INVOER.equals(plek.getClassName()) && "parseRequestLine".equals(plek.getMethodName())) {
                return 414;
            }
            if (HTTP11_INVOER.equals(plek.getClassName()) && "parseHeaders".equals(plek.getMethodName())) {
                return 431;
            }
        }
        return tomcat;
    }

    static String probleem(int status) {
        String[] tekst = switch (status) {
            case 400 -> new String[] { "Ongeldig verzoek",
                    "Het pad, de methode of de headers van dit verzoek zijn ongeldig." };
            case 404 -> new String[] { "Niet gevonden", "Dit adres bestaat niet." };
            case 405 -> new String[] { "Methode niet toegestaan", "Deze methode is op dit adres niet toegestaan." };
            case 408 -> new String[] { "Verzoek niet op tijd", "Het verzoek kwam niet op tijd binnen." };
            case 413 -> new String[] { "Verzoek te groot", "De body van dit verzoek is te groot." };
            case 414 -> new String[] { "Adres te lang", "Het adres (de request line) van dit verzoek is te lang." };
            case 431 -> new String[] { "Headers te groot", "De headers van dit verzoek zijn samen te groot." };
            case 501 -> new String[] { "Niet ondersteund", "Deze methode wordt niet ondersteund." };
            case 503 -> new String[] { "Tijdelijk niet beschikbaar", "Probeer het later opnieuw." };
            case 505 -> new String[] { "HTTP-versie niet ondersteund", "Gebruik HTTP/1.1." };
            default -> status < 500
                    ? new String[] { "Ongeldig verzoek", "Dit verzoek kan niet worden verwerkt." }
                    : new String[] { "Interne fout", "Er ging iets mis aan onze kant. Probeer het later opnieuw." };
        };
        return "{\"type\":\"about:blank\",\"title\":\"" + tekst[0] + "\",\"status\":" + status + ",\"detail\":\""
                + tekst[1] + "\"}";
    }
}
