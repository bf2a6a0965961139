package nl.inburgering.platform.deadletter;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;
import nl.inburgering.platform.web.Paginering;

/**
 * The operator's view of this service's dead letters (issue 11, item 17; README "Dead letters: runbook"). Outside
 * {@code /api}, so in no OpenAPI document; for {@link Rol#BEHEERDER} only.
 * <ul>
 * <li>{@code GET /beheer/dead-letters?topic=...&pagina=1&paginaGrootte=20}: the letters of the dead-letter topics of
 * the topics this service reads (or of one), newest first, with where they came from, the event's id and type and the
 * reason; never the payload;</li>
 * <li>{@code POST /beheer/dead-letters/{topic}/{partitie}/{offset}/_herverwerk}: after a fix, sends the letter at
 * these coordinates of its dead-letter topic to its original topic (202); a second replay has no second effect.</li>
 * </ul>
 */
@RestController
@RequestMapping("/beheer/dead-letters")
@Toegang(Rol.BEHEERDER)
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public DeadLetters.Pagina lijst(@RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "1") int pagina, @RequestParam(defaultValue = "20") int paginaGrootte) {
        List<InvalidParam> problemen = new ArrayList<>();
        String dltTopic = topic == null ? null : deadLetters.dltTopicVan(topic);
        if (topic != null && dltTopic == null) {
            problemen.add(new InvalidParam("topic", "enum", "geen topic dat deze dienst leest; kies uit "
                    + deadLetters.topics() + " (of hun -dlt), of laat topic weg"));
        }
        if (pagina < 1 || pagina > Paginering.MAXIMALE_PAGINA) {
            problemen.add(new InvalidParam("pagina", "range", "pagina ligt tussen 1 en " + Paginering.MAXIMALE_PAGINA));
        }
        if (paginaGrootte < 1 || paginaGrootte > Paginering.MAXIMALE_PAGINAGROOTTE) {
            problemen.add(new InvalidParam("paginaGrootte", "range",
                    "paginaGrootte ligt tussen 1 en " + Paginering.MAXIMALE_PAGINAGROOTTE));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return deadLetters.lijst(dltTopic, pagina, paginaGrootte);
    }

    @PostMapping("/{topic}/{partitie}/{offset}/_herverwerk")
    public ResponseEntity<DeadLetters.Herverwerking> herverwerk(@PathVariable String topic,
            @PathVariable int partitie, @PathVariable long offset) {
        if (partitie < 0 || offset < 0) {
            throw new NietGevondenException("geen dead letter op " + topic + "-" + partitie + "@" + offset);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(deadLetters.herverwerk(topic, partitie, offset, wie()));
    }

    /** The operator as the token names him: its subject (the client or user) and organisation. */
    private static String wie() {
        String subject = SecurityContextHolder.getContext().getAuthentication().getName();
        return subject + " (OIN " + KetenGebruiker.huidig().organisatieOin() + ")";
    }

    @ExceptionHandler(DeadLetters.KafkaOnbereikbaarException.class)
    ResponseEntity<ProblemDetail> kafkaOnbereikbaar(DeadLetters.KafkaOnbereikbaarException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + "; probeer het later opnieuw");
        problem.setTitle("Kafka niet bereikbaar");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
