package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;

/**
 * The M2M-specific errors: 403 "Niet geautoriseerd" and 429 "Te veel verzoeken", as problem+json like every other error. Ordered
 * before the platform's {@code ProblemDetailsAdvice}, whose catch-all would otherwise make it a 500. The
 * 400 and 404 answers come from the platform's advice; {@link M2mBerichtInterceptor} has already put the
 * M2M headers on the response by then.
 */
@RestControllerAdvice(annotations = ApiVersie.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class M2mFoutafhandeling {

    @ExceptionHandler(NietGeautoriseerdException.class)
    ResponseEntity<ProblemDetail> nietGeautoriseerd(NietGeautoriseerdException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Niet geautoriseerd");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    /** A client over its limit ({@link M2mBegrenzing}): 429 with {@code Retry-After} in seconds. */
    @ExceptionHandler(TeVeelVerzoekenException.class)
    ResponseEntity<ProblemDetail> teVeelVerzoeken(TeVeelVerzoekenException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Te veel verzoeken");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.wachtSeconden())).body(problem);
    }
}
