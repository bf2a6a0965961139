package nl.inburgering.duo.examen.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Body of {@code POST /api/v1/examens}: the codes of DUO's Examen API, read as text so that every problem is reported
 * at once.
 *
 * @param onderdeel KNM, LE, LU, SC or SP
 * @param niveau    A2, B1 or B2; required for the language onderdelen, absent for KNM (no taalniveau)
 */
record AanmeldingVerzoek(String bsn, String onderdeel, String niveau) {

    List<InvalidParam> problemen() {
        List<InvalidParam> problemen = new ArrayList<>();
        if (bsn == null || bsn.isBlank()) {
            problemen.add(new InvalidParam("bsn", "required", "Het BSN ontbreekt."));
        } else if (!Bsn.isValid(bsn)) {
            problemen.add(new InvalidParam("bsn", "pattern", "Het BSN is geen geldig burgerservicenummer."));
        }
        Onderdeel o = alsOnderdeel();
        if (onderdeel == null || onderdeel.isBlank()) {
            problemen.add(new InvalidParam("onderdeel", "required", "Het examenonderdeel ontbreekt."));
        } else if (o == null) {
            problemen.add(new InvalidParam("onderdeel", "enum", "Het examenonderdeel is een van "
                    + Arrays.toString(Onderdeel.values()) + "."));
        }
        if (niveau != null && alsNiveau() == null) {
            problemen.add(new InvalidParam("niveau", "enum", "Het niveau is een van "
                    + Arrays.toString(Niveau.values()) + "."));
        } else if (niveau == null && o != null && o.heeftNiveau()) {
            problemen.add(new InvalidParam("niveau", "required", "Het niveau ontbreekt; alleen KNM heeft er geen."));
        } else if (niveau != null && o == Onderdeel.KNM) {
            problemen.add(new InvalidParam("niveau", "notAllowed", "KNM heeft geen taalniveau."));
        }
        return problemen;
    }

    Onderdeel alsOnderdeel() {
        return Arrays.stream(Onderdeel.values()).filter(o -> o.name().equals(onderdeel)).findFirst().orElse(null);
    }

    Niveau alsNiveau() {
        return Arrays.stream(Niveau.values()).filter(n -> n.name().equals(niveau)).findFirst().orElse(null);
    }
}
