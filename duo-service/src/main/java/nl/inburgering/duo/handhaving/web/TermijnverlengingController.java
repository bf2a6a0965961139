package nl.inburgering.duo.handhaving.web;

import nl.inburgering.platform.web.Invoercontrole;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.duo.handhaving.application.AmbtshalveVerlenging;
import nl.inburgering.duo.pip.api.Termijnwijziging;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.config.KetenProperties;
import nl.inburgering.platform.security.GeenToegangException;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Ambtshalve verlenging (seed §9.3.3) by DUO's backoffice (a token of DUO's own OIN): the termijn to a new einddatum
 * or by a period, on a grond of DUO's list; #5 VERLENGING_AMBTSHALVE goes to the gemeente. 400 lists every problem;
 * 404 for a person DUO does not know; 409 without a termijn, on an ordinary grond before 6 months before its end, or
 * when the new end is not later.
 */
@RestController
@RequestMapping("/api/v1/termijnverlengingen")
@Toegang(Rol.DUO_BACKOFFICE)
class TermijnverlengingController {

    private final AmbtshalveVerlenging verlenging;
    private final String duoOin;

    TermijnverlengingController(AmbtshalveVerlenging verlenging, KetenProperties keten) {
        this.verlenging = verlenging;
        this.duoOin = keten.oin();
    }

    /**
     * @param nieuweEinddatum the new last day (jjjj-mm-dd); or
     * @param periode         how much longer, ISO-8601 (P6M, P1Y)
     */
    record VerlengingVerzoek(String bsn, String verlengingsgrondcode, String nieuweEinddatum, String periode) {
    }

    /** The termijn after the verlenging; einddatum inclusive (the last day). */
    record Verlengd(String gemeentecode, LocalDate startdatum, LocalDate einddatum, LocalDate vorigeEinddatum,
            String verlengingsgrondcode) {
    }

    @PostMapping
    Verlengd verleng(@RequestBody VerlengingVerzoek verzoek) {
        if (!duoOin.equals(KetenGebruiker.huidig().organisatieOin())) {
            throw new GeenToegangException("alleen DUO's eigen backoffice verlengt een termijn");
        }
        List<InvalidParam> problemen = new ArrayList<>();
        Invoercontrole.bsn(verzoek.bsn(), problemen);
        Invoer.grondcode(verzoek.verlengingsgrondcode(), true, problemen);
        LocalDate einde = Invoer.datum("nieuweEinddatum", verzoek.nieuweEinddatum(), false, problemen);
        Period periode = Invoer.periode(verzoek.periode(), problemen);
        boolean einddatumGegeven = verzoek.nieuweEinddatum() != null && !verzoek.nieuweEinddatum().isBlank();
        boolean periodeGegeven = verzoek.periode() != null && !verzoek.periode().isBlank();
        if (einddatumGegeven == periodeGegeven) {
            problemen.add(new InvalidParam(einddatumGegeven ? "periode" : "nieuweEinddatum",
                    einddatumGegeven ? "notAllowed" : "required", "Geef een nieuwe einddatum of een periode, niet"
                            + " allebei en niet geen van beide."));
        }
        VerlengingsaanvraagController.geldig(problemen);
        Termijnwijziging.Wijziging wijziging = verlenging.verleng(Bsn.of(verzoek.bsn()),
                verzoek.verlengingsgrondcode(), einde, periode);
        return new Verlengd(wijziging.gemeentecode(), wijziging.begindatum(), wijziging.einddatum(),
                wijziging.vorigeEinddatum(), verzoek.verlengingsgrondcode());
    }
}
