package nl.inburgering.instelling.inspanning.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.inburgering.instelling.cursist.api.HuidigeInstelling;
import nl.inburgering.instelling.inspanning.application.InspanningMelden;
import nl.inburgering.instelling.inspanning.application.InspanningMeldenHandler;
import nl.inburgering.instelling.inspanning.application.InspanningRaadplegen;
import nl.inburgering.instelling.inspanning.application.Inspanningsmelding;
import nl.inburgering.instelling.inspanning.domain.InspanningPolicy.InspanningInvoer;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * Seed §9.3, §15.5: the medewerker reports the inspanning of a cursist (#18), routed by who bought the lessons.
 * Own instelling only; another instelling's cursist answers 404.
 */
@RestController
@Toegang(Rol.INSTELLING_MEDEWERKER)
@RequestMapping("/api/v1/cursisten/{id}/inspanningen")
@Tag(name = "Inspanning")
class InspanningController {

    private final InspanningMeldenHandler melden;
    private final InspanningRaadplegen raadplegen;
    private final HuidigeInstelling instelling;

    InspanningController(InspanningMeldenHandler melden, InspanningRaadplegen raadplegen,
            HuidigeInstelling instelling) {
        this.melden = melden;
        this.raadplegen = raadplegen;
        this.instelling = instelling;
    }

    @PostMapping
    @Operation(summary = "De inspanning van een cursist melden (#18): aan de gemeente of rechtstreeks aan DUO",
            description = "Een cumulatieve stand vanaf de start van het onderwijs tot en met de peildatum; een latere "
                    + "stand vervangt een eerdere, een oudere peildatum dan de laatst gemelde geeft 409. Seed §15.5, "
                    + "één bron per feit: heeft de gemeente de lessen ingekocht (contractpartij GEMEENTE, een "
                    + "asielstatushouder), dan gaat de stand alleen naar die gemeente, die hem aan DUO doorgeeft; "
                    + "anders alleen rechtstreeks naar DUO (gemeldAan).")
    ResponseEntity<Inspanningsmelding> meld(@PathVariable UUID id, @RequestBody InspanningVerzoek verzoek) {
        Inspanningsmelding melding = melden.handle(new InspanningMelden(instelling.instellingsnummer(), id,
                new InspanningInvoer(verzoek.peildatum(), verzoek.urenAangeboden(), verzoek.urenAanwezig(),
                        verzoek.urenOngeoorloofdVerzuim(), verzoek.taalschakeltrajectAfgerond(),
                        verzoek.datumAfrondingTaalschakeltraject(), verzoek.actualisatiemoment())));
        return ResponseEntity.created(URI.create("/api/v1/cursisten/" + id + "/inspanningen")).body(melding);
    }

    @GetMapping
    @Operation(summary = "De gemelde standen van de inspanning van een cursist, laatste peildatum eerst")
    Inspanningen inspanningen(@PathVariable UUID id) {
        return new Inspanningen(raadplegen.van(instelling.instellingsnummer(), id));
    }

    /**
     * @param actualisatiemoment TUSSENTIJDS (default), UITSCHRIJVING_INSTELLING, TAALSCHAKELTRAJECT_AFGEROND, ...
     */
    record InspanningVerzoek(LocalDate peildatum, Integer urenAangeboden, Integer urenAanwezig,
            Integer urenOngeoorloofdVerzuim, Boolean taalschakeltrajectAfgerond,
            LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {
    }

    record Inspanningen(List<Inspanningsmelding> inspanningen) {
    }
}
