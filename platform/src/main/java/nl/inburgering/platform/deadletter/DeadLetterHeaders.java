package nl.inburgering.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.logboek.BsnMasker;
import nl.inburgering.platform.logboek.PersoonsgegevensMasker;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The failure headers of a dead letter, without personal data (issue 11, item 8; decision 0013). Spring Kafka would
 * copy the exception's message, its cause's message and the stack trace with every message into the headers; a
 * validation message quoting a value or a PostgreSQL detail such as {@code Key (bsn)=(...)} would land there, and a
 * dead-letter topic lives a year. Instead, a dead letter carries:
 * <ul>
 * <li>{@value #REDEN}: a {@link DeadLetterReden} code;</li>
 * <li>{@code kafka_dlt-exception-message}: the code, what it means and where the fix lies, the field paths of a
 * validation failure (never their values) and, for an {@link InvalidEventException} (whose messages are ours and name
 * the rule, never the value), its message with BSNs, V-nummers and row values masked as in the log;</li>
 * <li>{@value #VELDEN}: the field paths of a validation failure, with the rule that failed;</li>
 * <li>{@code kafka_dlt-exception-fqcn} and {@code -cause-fqcn}: the deciding exception's class and its deepest
 * cause's;</li>
 * <li>{@code kafka_dlt-exception-stacktrace}: the classes and frames of the chain, without any message.</li>
 * </ul>
 */
public final class DeadLetterHeaders implements DeadLetterPublishingRecoverer.ExceptionHeadersCreator {

    /** The reason code ({@link DeadLetterReden}). */
    public static final String REDEN = "keten_dlt-reden";
    /** The failing fields of a validation, comma-separated, e.g. {@code ingangsdatum (NotNull)}. */
    public static final String VELDEN = "keten_dlt-velden";

    private static final int FRAMES_PER_UITZONDERING = 12;
    private static final int MAXIMALE_TOELICHTING = 500;
    private static final int MAXIMAAL_AANTAL_VELDEN = 20;

    /**
     * What a dead letter says about its failure.
     *
     * @param reden        our code
     * @param uitzondering the exception that decided it was the message's own fault
     * @param oorzaak      the deepest cause in the chain (the same class when there is none)
     * @param velden       the failing fields of a validation, with the rule: paths, never values
     * @param toelichting  the masked message of an {@link InvalidEventException}, else {@code null}
     */
    public record Oorzaak(DeadLetterReden reden, Class<?> uitzondering, Class<?> oorzaak, List<String> velden,
            String toelichting) {

        /** One line for a person: the code, its meaning, the fields and our own explanation. */
        public String tekst() {
            StringBuilder tekst = new StringBuilder(reden.name()).append(": ").append(reden.uitleg());
            if (!velden.isEmpty()) {
                tekst.append("; velden: ").append(String.join(", ", velden));
            }
            if (toelichting != null) {
                tekst.append("; ").append(toelichting);
            }
            return tekst.toString();
        }
    }

    @Override
    public void create(Headers headers, Exception fout, boolean isKey, DeadLetterPublishingRecoverer.HeaderNames namen) {
        Oorzaak oorzaak = van(fout);
        DeadLetterPublishingRecoverer.HeaderNames.ExceptionInfo info = namen.getExceptionInfo();
        zet(headers, REDEN, oorzaak.reden().name());
        if (!oorzaak.velden().isEmpty()) {
            zet(headers, VELDEN, String.join(", ", oorzaak.velden()));
        }
        zet(headers, isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), oorzaak.uitzondering().getName());
        if (!isKey) {
            zet(headers, info.getExceptionCauseFqcn(), oorzaak.oorzaak().getName());
        }
        zet(headers, isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(), oorzaak.tekst());
        zet(headers, isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(), stapelZonderTeksten(fout));
    }

    private static void zet(Headers headers, String naam, String waarde) {
        headers.remove(naam);
        headers.add(naam, waarde.getBytes(StandardCharsets.UTF_8));
    }

    /** Classifies a listener failure: the first exception of the chain that is the message's own fault decides. */
    public static Oorzaak van(Throwable fout) {
        Throwable diepste = fout;
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            diepste = t;
        }
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidEventException ongeldig) {
                DeadLetterReden reden = switch (ongeldig.soort()) {
                    case ONBEKEND_SCHEMA -> DeadLetterReden.ONBEKEND_SCHEMA;
                    case ONBEKENDE_BRON -> DeadLetterReden.ONBEKENDE_BRON;
                    case ONGELDIG_EVENT -> DeadLetterReden.ONGELDIG_EVENT;
                };
                return new Oorzaak(reden, t.getClass(), diepste.getClass(), List.of(), gemaskeerd(t.getMessage()));
            }
            if (t instanceof OngeldigeInvoerException invoer) {
                return new Oorzaak(DeadLetterReden.ONGELDIGE_WAARDE, t.getClass(), diepste.getClass(),
                        begrensd(invoer.problemen().stream().map(DeadLetterHeaders::veld).toList()), null);
            }
            if (t instanceof ConstraintViolationException validatie) {
                return new Oorzaak(DeadLetterReden.ONGELDIGE_WAARDE, t.getClass(), diepste.getClass(),
                        velden(validatie.getConstraintViolations()), null);
            }
            if (t instanceof ValidationException || t instanceof IllegalArgumentException
                    || t instanceof DateTimeException) {
                return new Oorzaak(DeadLetterReden.ONGELDIGE_WAARDE, t.getClass(), diepste.getClass(), List.of(),
                        null);
            }
            if (t instanceof NullPointerException) {
                return new Oorzaak(DeadLetterReden.PROGRAMMAFOUT, t.getClass(), diepste.getClass(), List.of(), null);
            }
            if (isConversiefout(t)) {
                return new Oorzaak(DeadLetterReden.ONLEESBAAR_BERICHT, t.getClass(), diepste.getClass(), List.of(),
                        null);
            }
        }
        return new Oorzaak(DeadLetterReden.ONBEKEND, diepste.getClass(), diepste.getClass(), List.of(), null);
    }

    /** Spring Kafka's own conversion failures, which its error handler never retries. */
    private static boolean isConversiefout(Throwable t) {
        return t instanceof org.springframework.kafka.support.serializer.DeserializationException
                || t instanceof org.springframework.messaging.converter.MessageConversionException
                || t instanceof org.springframework.kafka.support.converter.ConversionException
                || t instanceof org.springframework.messaging.handler.invocation.MethodArgumentResolutionException
                || t instanceof NoSuchMethodException || t instanceof ClassCastException;
    }

    private static String veld(InvalidParam probleem) {
        return probleem.name() + " (" + probleem.code() + ")";
    }

    private static List<String> velden(Set<? extends ConstraintViolation<?>> overtredingen) {
        if (overtredingen == null) {
            return List.of();
        }
        return begrensd(overtredingen.stream()
                .map(o -> o.getPropertyPath() + " (" + o.getConstraintDescriptor().getAnnotation().annotationType()
                        .getSimpleName() + ")")
                .sorted().toList());
    }

    private static List<String> begrensd(List<String> velden) {
        return velden.size() <= MAXIMAAL_AANTAL_VELDEN ? velden
                : velden.subList(0, MAXIMAAL_AANTAL_VELDEN);
    }

    /** BSNs, V-nummers and PostgreSQL row values masked, as the log encoder does; bounded in length. */
    static String gemaskeerd(String tekst) {
        if (tekst == null) {
            return null;
        }
        String kort = tekst.length() > MAXIMALE_TOELICHTING ? tekst.substring(0, MAXIMALE_TOELICHTING) + "..." : tekst;
        byte[] bytes = kort.getBytes(StandardCharsets.UTF_8);
        BsnMasker.maskeer(bytes);
        PersoonsgegevensMasker.maskeer(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The chain's classes and frames, without a single message. */
    static String stapelZonderTeksten(Throwable fout) {
        StringBuilder stapel = new StringBuilder();
        int diepte = 0;
        for (Throwable t = fout; t != null && diepte < 10; t = t.getCause() == t ? null : t.getCause(), diepte++) {
            stapel.append(diepte == 0 ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES_PER_UITZONDERING); i++) {
                stapel.append("\tat ").append(frames[i]).append('\n');
            }
            if (frames.length > FRAMES_PER_UITZONDERING) {
                stapel.append("\t... ").append(frames.length - FRAMES_PER_UITZONDERING).append(" more\n");
            }
        }
        return stapel.toString();
    }
}
