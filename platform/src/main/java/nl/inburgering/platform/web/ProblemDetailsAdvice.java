package nl.inburgering.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import nl.inburgering.platform.security.GeenToegangException;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into {@code application/problem+json} (RFC 9457). Validation problems are all
 * listed at once under {@code invalidParams}; an unexpected error gets a 500 without any internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI ONGELDIGE_INVOER = URI.create("https://inburgering.nl/problemen/ongeldige-invoer");
    /** At most this many problems are listed (a 100,000-element list made an 8.5 MB answer); the count is all. */
    static final int MAXIMAAL_GEMELDE_PROBLEMEN = 50;
    /** How long a client should wait before it retries a request our unreachable database refused. */
    static final int RETRY_AFTER_SECONDEN = 2;

    @ExceptionHandler(OngeldigeInvoerException.class)
    ResponseEntity<Object> ongeldigeInvoer(OngeldigeInvoerException e) {
        return ResponseEntity.badRequest().body(ongeldig(e.problemen()));
    }

    @ExceptionHandler(NietGevondenException.class)
    ResponseEntity<Object> nietGevonden(NietGevondenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Niet gevonden");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(GeenToegangException.class)
    ResponseEntity<Object> geenToegang(GeenToegangException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Geen toegang");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** A client over its rate limit ({@link Schrijfbegrenzing}): 429 with {@code Retry-After} in seconds. */
    @ExceptionHandler(TeVeelVerzoekenException.class)
    ResponseEntity<Object> teVeelVerzoeken(TeVeelVerzoekenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Te veel verzoeken");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(e.wachtSeconden()))
                .body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict met wat al geregistreerd is");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * A unique constraint that a concurrent request won (two registrations of one V-nummer): 409. The database's
     * message names the row's values (a BSN, a V-nummer, a name), so only the constraint is logged.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integriteit(DataIntegrityViolationException e) {
        String sqlState = sqlState(e);
        log.warn("Database weigerde een wijziging: SQLState {}, constraint {}", sqlState, constraint(e));
        if ("23505".equals(sqlState)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Dit is al geregistreerd (een gelijktijdig verzoek was eerder).");
            problem.setTitle("Conflict met wat al geregistreerd is");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        if (sqlState != null && sqlState.startsWith("22")) {
            return ResponseEntity.badRequest().body(ongeldig(List.of(new InvalidParam("body", "invalid",
                    "een waarde past niet in wat wij kunnen vastleggen"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Het verzoek botst met wat al geregistreerd is.");
        problem.setTitle("Conflict met wat al geregistreerd is");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c) {
                return c.getConstraintName();
            }
        }
        return "?";
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onverwacht(Exception e) {
        if (DatabaseOnbereikbaar.is(e)) {
            // Our database is away (a restart, a crash, a pool that stayed full): the same request succeeds later.
            log.warn("Database niet bereikbaar, 503: {}", DatabaseOnbereikbaar.reden(e));
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setTitle("Tijdelijk niet beschikbaar");
            problem.setDetail("Onze database is even niet bereikbaar. Probeer het over enkele seconden opnieuw.");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDEN)).body(problem);
        }
        log.error("Onverwachte fout", e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle("Interne fout");
        problem.setDetail("Er ging iets mis aan onze kant. Probeer het later opnieuw.");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParam> problemen = new ArrayList<>();
        for (FieldError fout : e.getBindingResult().getFieldErrors()) {
            problemen.add(new InvalidParam(fout.getField(), code(fout.getCode()), fout.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(fout -> problemen
                .add(new InvalidParam(fout.getObjectName(), code(fout.getCode()), fout.getDefaultMessage())));
        return ResponseEntity.badRequest().body(ongeldig(problemen));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParam> problemen = new ArrayList<>();
        e.getParameterValidationResults().forEach(resultaat -> resultaat.getResolvableErrors()
                .forEach(fout -> problemen.add(new InvalidParam(resultaat.getMethodParameter().getParameterName(),
                        code(fout.getCodes() == null ? null : fout.getCodes()[fout.getCodes().length - 1]),
                        fout.getDefaultMessage()))));
        return ResponseEntity.badRequest().body(ongeldig(problemen));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Invoergrenzen.TeGrootException teGroot) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "De body van een verzoek is hoogstens " + teGroot.maximum() + " bytes.");
                problem.setTitle("Verzoek te groot");
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
            }
        }
        InvalidParam probleem;
        if (e.getCause() instanceof StrikteJson.Stuurteken stuurteken) {
            probleem = new InvalidParam(pad(stuurteken), "controlCharacter",
                    "tekst mag geen stuurtekens (zoals NUL) bevatten");
        } else if (e.getCause() instanceof StreamReadException dubbel && dubbel.getMessage() != null
                && dubbel.getMessage().startsWith("Duplicate Object property")) {
            probleem = new InvalidParam("body", "duplicateKey", "een veld staat twee keer in hetzelfde object");
        } else if (e.getCause() instanceof UnrecognizedPropertyException onbekend) {
            probleem = new InvalidParam(pad(onbekend), "unknown", "dit veld bestaat niet in dit verzoek;"
                    + " de organisatie (gemeentecode, instellingsnummer) komt altijd uit het token");
        } else if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            probleem = new InvalidParam(pad(json), "format", "waarde heeft niet het verwachte formaat");
        } else {
            probleem = new InvalidParam("body", "unreadable", "de body is geen leesbare JSON");
        }
        return ResponseEntity.badRequest().body(ongeldig(List.of(probleem)));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String naam = e.getPropertyName() != null ? e.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(ongeldig(List.of(new InvalidParam(naam, "format",
                "waarde heeft niet het verwachte formaat"))));
    }

    private static String pad(JacksonException e) {
        StringBuilder pad = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                pad.append(pad.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                pad.append('[').append(ref.getIndex()).append(']');
            }
        }
        return pad.toString();
    }

    private static ProblemDetail ongeldig(List<InvalidParam> problemen) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(ONGELDIGE_INVOER);
        problem.setTitle("Een of meer parameters zijn ongeldig");
        problem.setDetail(problemen.size() == 1 ? "1 probleem in het verzoek"
                : problemen.size() + " problemen in het verzoek"
                        + (problemen.size() > MAXIMAAL_GEMELDE_PROBLEMEN
                                ? "; de eerste " + MAXIMAAL_GEMELDE_PROBLEMEN + " staan in invalidParams" : ""));
        problem.setProperty("invalidParams", problemen.stream().sorted(Comparator.comparing(InvalidParam::name))
                .limit(MAXIMAAL_GEMELDE_PROBLEMEN).toList());
        return problem;
    }

    private static String code(String constraint) {
        if (constraint == null) {
            return "invalid";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Pattern" -> "pattern";
            case "Past", "PastOrPresent" -> "past";
            case "Datumbereik" -> "range";
            default -> Character.toLowerCase(constraint.charAt(0)) + constraint.substring(1);
        };
    }
}
