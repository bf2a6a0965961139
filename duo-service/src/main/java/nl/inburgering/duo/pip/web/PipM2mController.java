package nl.inburgering.duo.pip.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.web.gedeeld.Foutmelding;
import nl.inburgering.duo.m2m.web.gedeeld.M2mAutorisatie;
import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.duo.m2m.web.gedeeld.ApiVersie;
import nl.inburgering.duo.m2m.web.gedeeld.M2mVerzoekvalidatie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.pip.application.ActuelePip;
import nl.inburgering.duo.pip.application.PipRaadplegen;
import nl.inburgering.duo.pip.application.PipRegistratie;
import nl.inburgering.duo.pip.application.PipRegistreren;
import nl.inburgering.duo.pip.application.PipRegistrerenHandler;
import nl.inburgering.duo.pip.application.PipVerwijderen;
import nl.inburgering.duo.pip.application.PipVerwijderenHandler;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Overtreding;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * DUO's published M2M "PIP API" ({@code API/PIP/openapi.yml}, version {@value #API_VERSIE}) under {@code /m2m/v1}.
 * Request first ({@link M2mVerzoekvalidatie}, 400), then the bron ({@link M2mAutorisatie}, 403), then the resource.
 *
 * <ul>
 * <li>GET: the actuele PIP DUO holds, also when another (earlier) gemeente delivered it.</li>
 * <li>POST: the same registration as #16 ({@link PipRegistrerenHandler}); the gemeente is the token's. 201, or 403
 * with every reason as {@code Foutmelding} (PIP 1.2.0: "Foutmeldingen worden nu teruggeven als een HTTP403"). The
 * gemeente-service hears of it on {@code REGISTRATIE_PIP} like after #16, and the first PIP sets the termijn (#5).</li>
 * <li>DELETE: only while no termijn is set (README). DUO sets the termijn at once on the first PIP, so in this
 * system a registered PIP is never deletable: the answer is 403 with that reason, or 404 without a PIP.</li>
 * </ul>
 * A person DUO does not know at all answers 404 for every operation.
 */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@ApiVersie(PipM2mController.API_VERSIE)
@RequestMapping("/m2m/v1/personen/{bsn}/PIP")
class PipM2mController {

    static final String API_VERSIE = "1.2.0";

    private static final String ONBEKEND = "DUO kent deze persoon niet.";

    private final PipRaadplegen raadplegen;
    private final PipRegistrerenHandler registreren;
    private final PipVerwijderenHandler verwijderen;
    private final M2mAutorisatie autorisatie;
    private final M2mVerzoekvalidatie validatie;
    private final Clock clock;

    PipM2mController(PipRaadplegen raadplegen, PipRegistrerenHandler registreren, PipVerwijderenHandler verwijderen,
            M2mAutorisatie autorisatie, KetenProperties keten, Clock clock) {
        this.raadplegen = raadplegen;
        this.registreren = registreren;
        this.verwijderen = verwijderen;
        this.autorisatie = autorisatie;
        this.validatie = new M2mVerzoekvalidatie(keten.oin());
        this.clock = clock;
    }

    /** Schema {@code Gemeente}: the actuele PIP with the gemeente that delivered it. */
    record PipVanGemeente(String gemeentecode, PipGegevens pip) {
    }

    /** Schema {@code PIP}, as the response and as the POST body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PipGegevens(LocalDate dagtekeningPip, String leerroute, String niveau, Integer geschatteIntensiteitB1Route,
            Boolean indicatorMagOpleidingAfmaken, String indicatorAlfabetiseringsonderwijs) {

        static PipGegevens van(ActuelePip actuele) {
            Pip pip = actuele.pip();
            return new PipGegevens(pip.dagtekening(), pip.leerroute().code(),
                    pip.niveau() == null ? null : pip.niveau().name(), pip.geschatteIntensiteitB1Route(),
                    actuele.indicatorMagOpleidingAfmaken(),
                    pip.alfabetisering() == null ? null : pip.alfabetisering().name());
        }
    }

    /** operationId getPipByBsn. */
    @GetMapping
    PipVanGemeente pip(@PathVariable String bsn, @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        return raadplegen.actuelePip(Bsn.of(bsn))
                .map(actuele -> new PipVanGemeente(actuele.pip().gemeentecode(), PipGegevens.van(actuele)))
                .orElseThrow(() -> new NietGevondenException("DUO kent geen PIP van deze persoon."));
    }

    /** operationId postPipByBsn. */
    @PostMapping
    ResponseEntity<Void> registreer(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody PipGegevens body) {
        controleer(bsn, bron, doel, berichtId);
        String gemeentecode = KetenGebruiker.huidig().gemeentecode().orElseThrow();
        Pip pip = alsPip(body, gemeentecode);
        if (!raadplegen.isBekend(Bsn.of(bsn))) {
            throw new NietGevondenException(ONBEKEND);
        }
        PipRegistratie registratie = registreren.handle(new PipRegistreren(Bsn.of(bsn), pip,
                Boolean.TRUE.equals(body.indicatorMagOpleidingAfmaken()), false, false, null, null,
                Kanaal.M2M, clock.instant()));
        if (!registratie.isGeregistreerd()) {
            throw new AfgewezenException(registratie.overtredingen());
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    /** operationId deletePipByBsn. */
    @DeleteMapping
    ResponseEntity<Void> verwijder(@PathVariable String bsn,
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId) {
        controleer(bsn, bron, doel, berichtId);
        List<Overtreding> weigering = verwijderen.handle(
                new PipVerwijderen(Bsn.of(bsn), KetenGebruiker.huidig().gemeentecode().orElseThrow()))
                .orElseThrow(() -> new NietGevondenException("DUO kent geen PIP van deze persoon."));
        if (!weigering.isEmpty()) {
            throw new AfgewezenException(weigering);
        }
        return ResponseEntity.ok().build();
    }

    @ExceptionHandler(AfgewezenException.class)
    ResponseEntity<List<Foutmelding>> afgewezen(AfgewezenException e) {
        return M2mAfwijzingen.afgewezen(e);
    }

    @ExceptionHandler(NietGeautoriseerdException.class)
    ResponseEntity<List<Foutmelding>> nietGeautoriseerd(NietGeautoriseerdException e) {
        return M2mAfwijzingen.nietGeautoriseerd(e);
    }

    private void controleer(String bsn, String bron, String doel, String berichtId) {
        validatie.controleer(bsn, bron, doel, berichtId);
        autorisatie.controleer(bron, bsn);
    }

    /** The body against the spec's schema, every problem at once (400). */
    private static Pip alsPip(PipGegevens body, String gemeentecode) {
        List<InvalidParam> problemen = new ArrayList<>();
        if (body.dagtekeningPip() == null) {
            problemen.add(new InvalidParam("dagtekeningPip", "required", "De dagtekeningPip ontbreekt."));
        }
        Leerroute leerroute = null;
        if (body.leerroute() == null) {
            problemen.add(new InvalidParam("leerroute", "required", "De leerroute ontbreekt."));
        } else {
            try {
                leerroute = Leerroute.vanCode(body.leerroute());
            } catch (IllegalArgumentException e) {
                problemen.add(new InvalidParam("leerroute", "enum", "De leerroute is B, O of Z."));
            }
        }
        Niveau niveau = enumWaarde(Niveau.class, body.niveau(), "niveau", "Het niveau is A2 of B1.", problemen);
        Alfabetisering alfabetisering = enumWaarde(Alfabetisering.class, body.indicatorAlfabetiseringsonderwijs(),
                "indicatorAlfabetiseringsonderwijs", "De indicatorAlfabetiseringsonderwijs is A, AA of NVT.",
                problemen);
        Integer intensiteit = body.geschatteIntensiteitB1Route();
        if (intensiteit != null && (intensiteit < 1 || intensiteit > 9999)) {
            problemen.add(new InvalidParam("geschatteIntensiteitB1Route", "range",
                    "De geschatteIntensiteitB1Route ligt tussen 1 en 9999."));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
        return new Pip(body.dagtekeningPip(), leerroute, niveau, intensiteit, alfabetisering, gemeentecode);
    }

    static <E extends Enum<E>> E enumWaarde(Class<E> type, String waarde, String veld, String uitleg,
            List<InvalidParam> problemen) {
        if (waarde == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, waarde);
        } catch (IllegalArgumentException e) {
            problemen.add(new InvalidParam(veld, "enum", uitleg));
            return null;
        }
    }
}
