package nl.inburgering.duo.contactpersoon.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.m2m.web.gedeeld.Foutmelding;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonAutorisatie;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonBeheren;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonKoppelen;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonKoppelenHandler;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonOntkoppelen;
import nl.inburgering.duo.contactpersoon.application.ContactpersoonOntkoppelenHandler;
import nl.inburgering.duo.contactpersoon.application.MaximumContactpersonenException;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's published M2M "Contactpersoon API" ({@code API/Contactpersoon/openapi.yml}, version {@value #API_VERSIE})
 * under {@code /m2m/v1}. The contactpersonen belong to the calling gemeente (from the token); the ids are DUO's
 * integers (1 to 99999) as the spec gives them. Request check (400, headers, id and body at once), authorisation
 * (403: bron and token, and for a person his relevance for the gemeente), then the answer or 404.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(ContactpersoonM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/contactpersonen")
class ContactpersoonM2mController {

    static final String API_VERSIE = "1.0.0";
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,4}");

    private final ContactpersoonBeheren beheren;
    private final ContactpersoonKoppelenHandler koppelen;
    private final ContactpersoonOntkoppelenHandler ontkoppelen;
    private final ContactpersoonAutorisatie autorisatie;
    private final M2mAutorisatie persoonsautorisatie;
    private final M2mVerzoekvalidatie validatie;

    ContactpersoonM2mController(ContactpersoonBeheren beheren, ContactpersoonKoppelenHandler koppelen,
            ContactpersoonOntkoppelenHandler ontkoppelen, ContactpersoonAutorisatie autorisatie,
            M2mAutorisatie persoonsautorisatie, KetenProperties keten) {
        this.beheren = beheren;
        this.koppelen = koppelen;
        this.ontkoppelen = ontkoppelen;
        this.autorisatie = autorisatie;
        this.persoonsautorisatie = persoonsautorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
    }

    /** operationId createContactpersoon. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Contactpersoon registreer(@RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody Contactpersoongegevens gegevens) {
        controleer(bron, doel, berichtId, null, gegevens);
        String gemeente = autorisatie.gemeente(bron);
        return new Contactpersoon(beheren.registreer(gemeente, gegevens.gegevens()), gegevens);
    }

    /** operationId updateContactpersoonById. */
    @PutMapping("/{id}")
    void wijzig(@PathVariable String id, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody Contactpersoongegevens gegevens) {
        int nummer = controleer(bron, doel, berichtId, id, gegevens);
        beheren.wijzig(autorisatie.gemeente(bron), nummer, gegevens.gegevens());
    }

    /** operationId deleteContactpersoonById: its koppelingen go with it. */
    @DeleteMapping("/{id}")
    void verwijder(@PathVariable String id, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        int nummer = controleer(bron, doel, berichtId, id, null);
        beheren.verwijder(autorisatie.gemeente(bron), nummer);
    }

    /** operationId postContactpersoonByBsn: overwrites the person's koppeling with another contactpersoon. */
    @PostMapping("/{id}/personen/{bsn}")
    @ResponseStatus(HttpStatus.CREATED)
    void koppel(@PathVariable String id, @PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        int nummer = controleerMetPersoon(bsn, bron, doel, berichtId, id);
        koppelen.handle(new ContactpersoonKoppelen(autorisatie.gemeente(bron), nummer, Bsn.of(bsn)));
    }

    /** operationId deleteContactpersoonByBsn. */
    @DeleteMapping("/{id}/personen/{bsn}")
    void ontkoppel(@PathVariable String id, @PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        int nummer = controleerMetPersoon(bsn, bron, doel, berichtId, id);
        ontkoppelen.handle(new ContactpersoonOntkoppelen(autorisatie.gemeente(bron), nummer, Bsn.of(bsn)));
    }

    /** The spec gives this API's 403 a body: a list of Foutmelding, as JSON. */
    @ExceptionHandler(NietGeautoriseerdException.class)
    ResponseEntity<List<Foutmelding>> nietGeautoriseerd(NietGeautoriseerdException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Foutmelding("Niet geautoriseerd: " + e.getMessage())));
    }

    /** The gemeente keeps the maximum number of contactpersonen: the spec's functional 403 with its Foutmelding. */
    @ExceptionHandler(MaximumContactpersonenException.class)
    ResponseEntity<List<Foutmelding>> maximum(MaximumContactpersonenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new Foutmelding(e.getMessage())));
    }

    private int controleerMetPersoon(String bsn, String bron, String doel, String berichtId, String id) {
        List<InvalidParam> problemen = new ArrayList<>();
        try {
            validatie.controleer(bsn, bron, doel, berichtId);
        } catch (OngeldigeInvoerException e) {
            problemen.addAll(e.problemen());
        }
        int nummer = id(id, problemen);
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        persoonsautorisatie.controleerWijziging(bron, bsn);
        return nummer;
    }

    /** @return the id as a number (0 when there is none) */
    private int controleer(String bron, String doel, String berichtId, String id, Contactpersoongegevens gegevens) {
        List<InvalidParam> problemen = new ArrayList<>();
        try {
            validatie.controleerBericht(bron, doel, berichtId);
        } catch (OngeldigeInvoerException e) {
            problemen.addAll(e.problemen());
        }
        int nummer = id == null ? 0 : id(id, problemen);
        if (gegevens != null) {
            problemen.addAll(gegevens.problemen());
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return nummer;
    }

    private static int id(String id, List<InvalidParam> problemen) {
        if (id == null || !ID.matcher(id).matches()) {
            problemen.add(new InvalidParam("id", "range", "Het id van een contactpersoon is een getal van 1 tot en met 99999."));
            return 0;
        }
        return Integer.parseInt(id);
    }
}
