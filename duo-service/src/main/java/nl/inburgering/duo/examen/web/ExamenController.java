package nl.inburgering.duo.examen.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.examen.application.ExamenAanmelden;
import nl.inburgering.duo.examen.application.ExamensHandler;
import nl.inburgering.duo.examen.application.ExamensRaadplegen;
import nl.inburgering.duo.examen.application.Examensystemen;
import nl.inburgering.duo.examen.application.UitslagVaststellen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The examens at DUO, recorded by DUO's backoffice or DUO's exam planning system: a token of DUO's own OIN or of an
 * allowlisted examensysteem ({@link Examensystemen}), else 403 before the body is looked at; never a partner's
 * system. Aanmelding (201), planning, the definitive uitslag (its #13 goes out at once) and reading one examen. 400
 * lists every problem; 404 for an unknown person or examen; 409 when the step does not fit the examen's state.
 */
@RestController
@RequestMapping("/api/v1/examens")
@Toegang({ Rol.DUO_BACKOFFICE, Rol.PARTNERSYSTEEM })
class ExamenController {

    private final ExamensHandler handler;
    private final ExamensRaadplegen raadplegen;
    private final Examensystemen examensystemen;

    ExamenController(ExamensHandler handler, ExamensRaadplegen raadplegen, Examensystemen examensystemen) {
        this.handler = handler;
        this.raadplegen = raadplegen;
        this.examensystemen = examensystemen;
    }

    @PostMapping
    ResponseEntity<ExamenAntwoord> aanmelden(@RequestBody AanmeldingVerzoek verzoek) {
        magVastleggen();
        geldig(verzoek.problemen());
        ExamenAntwoord examen = ExamenAntwoord.van(handler.aanmelden(
                new ExamenAanmelden(Bsn.of(verzoek.bsn()), verzoek.alsOnderdeel(), verzoek.alsNiveau())));
        return ResponseEntity.created(URI.create("/api/v1/examens/" + examen.id())).body(examen);
    }

    @GetMapping("/{id}")
    ExamenAntwoord examen(@PathVariable UUID id) {
        magVastleggen();
        return ExamenAntwoord.van(raadplegen.examen(id));
    }

    @PutMapping("/{id}/planning")
    ExamenAntwoord plannen(@PathVariable UUID id, @RequestBody PlanningVerzoek verzoek) {
        magVastleggen();
        geldig(verzoek.problemen());
        return ExamenAntwoord.van(handler.plannen(id, verzoek.datum()));
    }

    @PostMapping("/{id}/_uitslag")
    ExamenAntwoord uitslag(@PathVariable UUID id, @RequestBody UitslagVerzoek verzoek) {
        magVastleggen();
        geldig(verzoek.problemen());
        return ExamenAntwoord.van(handler.uitslag(new UitslagVaststellen(id, verzoek.uitslag(), verzoek.reden())));
    }

    private void magVastleggen() {
        if (!examensystemen.magExamensVastleggen(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO en zijn examensysteem leggen examens vast");
        }
    }

    private static void geldig(List<InvalidParam> problemen) {
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
    }
}
