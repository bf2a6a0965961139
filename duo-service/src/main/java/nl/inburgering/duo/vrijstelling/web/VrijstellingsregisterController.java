package nl.inburgering.duo.vrijstelling.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.vrijstelling.application.AmbtshalveVrijstellingen;
import nl.inburgering.duo.vrijstelling.domain.Registerfeit;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;

/**
 * DUO's own registers for the ambtshalve vrijstelling (seed §3.2), kept by its backoffice (a token of DUO's own OIN):
 * a diploma or inschrijving for a BSN (201). DUO consults them when it next finds the person plichtig. 400 lists every
 * problem.
 */
@RestController
@RequestMapping("/api/v1/vrijstellingsregistraties")
@Toegang(Rol.DUO_BACKOFFICE)
class VrijstellingsregisterController {

    private final AmbtshalveVrijstellingen ambtshalve;
    private final String duoOin;

    VrijstellingsregisterController(AmbtshalveVrijstellingen ambtshalve, KetenProperties keten) {
        this.ambtshalve = ambtshalve;
        this.duoOin = keten.oin();
    }

    /**
     * @param soort      DIPLOMA, INBURGERINGSDIPLOMA_WI2013 or INSCHRIJVING_VERVOLGOPLEIDING
     * @param startdatum the day of the diploma, or the first day of the inschrijving
     * @param einddatum  only for an inschrijving (required there): its last day
     */
    record RegistratieVerzoek(String bsn, String soort, String omschrijving, String startdatum, String einddatum) {
    }

    record Registratie(UUID id, String bsn, String soort, String omschrijving, LocalDate startdatum,
            LocalDate einddatum) {
    }

    @PostMapping
    ResponseEntity<Registratie> registreer(@RequestBody RegistratieVerzoek verzoek) {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice houdt DUO's registers bij");
        }
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        Registerfeit soort = Invoercontrole.keuze("soort", verzoek.soort(), Registerfeit.class, true, problemen);
        Invoer.tekst("omschrijving", verzoek.omschrijving(), true, problemen);
        if (verzoek.omschrijving() != null && verzoek.omschrijving().length() > 200) {
            problemen.add(new InvalidParam("omschrijving", "maxLength", "De omschrijving is hoogstens 200 tekens."));
        }
        LocalDate start = Invoer.datum("startdatum", verzoek.startdatum(), problemen);
        if (verzoek.startdatum() == null || verzoek.startdatum().isBlank()) {
            problemen.add(new InvalidParam("startdatum", "required", "De startdatum ontbreekt."));
        }
        LocalDate einde = Invoer.datum("einddatum", verzoek.einddatum(), problemen);
        if (soort == Registerfeit.INSCHRIJVING_VERVOLGOPLEIDING && einde == null && verzoek.einddatum() == null) {
            problemen.add(new InvalidParam("einddatum", "required", "Een inschrijving heeft een einddatum."));
        } else if (soort != null && soort != Registerfeit.INSCHRIJVING_VERVOLGOPLEIDING && verzoek.einddatum() != null) {
            problemen.add(new InvalidParam("einddatum", "notAllowed", "Alleen een inschrijving heeft een einddatum."));
        } else if (start != null && einde != null && einde.isBefore(start)) {
            problemen.add(new InvalidParam("einddatum", "range", "De einddatum ligt voor de startdatum."));
        }
        Invoercontrole.geldig(problemen);
        UUID id = ambtshalve.registreer(Bsn.of(verzoek.bsn()), soort, verzoek.omschrijving(), start, einde);
        return ResponseEntity.created(URI.create("/api/v1/vrijstellingsregistraties/" + id))
                .body(new Registratie(id, verzoek.bsn(), soort.name(), verzoek.omschrijving(), start, einde));
    }
}
