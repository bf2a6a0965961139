package nl.inburgering.duo.lening.web;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.lening.application.Facturen;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/**
 * Mijn DUO for the inburgeraar himself (seed §12.2: "de inburgeringsplichtige kan de factuur elektronisch
 * goedkeuren"): his own leningen with their facturen, and the goedkeuring of a factuur. Who he is comes from the
 * token's {@code bsn} claim only (DigiD), never from the request; another person's factuur answers 404 as one that
 * does not exist, a token without a valid bsn 403.
 */
@RestController
@RequestMapping("/api/v1/mijn-lening")
@Toegang(Rol.INBURGERAAR)
class MijnLeningController {

    private final Facturen facturen;

    MijnLeningController(Facturen facturen) {
        this.facturen = facturen;
    }

    @GetMapping
    List<LeningController.LeningAntwoord> mijnLeningen() {
        return facturen.vanInburgeraar(KetenGebruiker.huidig().vereisBsn()).stream()
                .map(LeningController.LeningAntwoord::van).toList();
    }

    @PostMapping("/facturen/{id}/goedkeuring")
    LeningController.LeningAntwoord goedkeuring(@PathVariable UUID id) {
        return LeningController.LeningAntwoord.van(facturen.goedkeurenDoorInburgeraar(
                KetenGebruiker.huidig().vereisBsn(), id));
    }
}
