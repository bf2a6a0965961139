package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether DUO registers a delivered inburgeringsaanbod (M2M README "Inburgeringsaanbod"). All rules are checked
 * so the gemeente gets every reason at once. "Niet voor" means the same day is allowed; the termijn includes both
 * its begin- and einddatum.
 */
public final class InburgeringsaanbodPolicy {

    public static final String GEEN_ASIELMIGRANT = "GEEN_ASIELMIGRANT";
    public static final String GEEN_PIP = "GEEN_PIP";
    public static final String INSTELLING_NIET_ERKEND = "INSTELLING_NIET_ERKEND";
    public static final String DATUM_VOOR_DAGTEKENING_ACTUELE_PIP = "DATUM_VOOR_DAGTEKENING_ACTUELE_PIP";
    public static final String TAALSCHAKELTRAJECT_VOOR_EINDE_CURSUS = "TAALSCHAKELTRAJECT_VOOR_EINDE_CURSUS";
    public static final String TAALSCHAKELTRAJECT_VOOR_INBURGERINGSAANBOD = "TAALSCHAKELTRAJECT_VOOR_INBURGERINGSAANBOD";
    public static final String BUITEN_INBURGERINGSTERMIJN = "BUITEN_INBURGERINGSTERMIJN";

    private static final String TAALSCHAKELTRAJECT = "datumAanvangTaalschakeltraject";
    private static final String EINDE_CURSUS = "datumEindeCursus";

    private InburgeringsaanbodPolicy() {
    }

    public static List<Overtreding> beoordeel(Inburgeringsaanbod aanbod, InburgeringsaanbodContext context,
            ErkendeInstellingen erkend) {
        List<Overtreding> overtredingen = new ArrayList<>();
        if (!context.asielmigrant()) {
            overtredingen.add(new Overtreding("bsn", GEEN_ASIELMIGRANT,
                    "Het inburgeringsaanbod is alleen voor een asielmigrant."));
        }
        Pip pip = context.actuelePip();
        if (pip == null) {
            overtredingen.add(new Overtreding("bsn", GEEN_PIP, "De persoon heeft geen PIP."));
        }
        // Without a PIP the leerroute is unknown, so only a BoW instelling can be judged recognised.
        Leerroute leerroute = pip == null ? null : pip.leerroute();
        if (!erkend.isErkend(aanbod.instellingsnummer(), leerroute)) {
            overtredingen.add(new Overtreding("instellingsnummer", INSTELLING_NIET_ERKEND,
                    "De opleidingsinstelling is niet bekend bij DUO als BoW-gekeurmerkte instelling"
                            + (leerroute == Leerroute.ONDERWIJSROUTE ? " of erkende taalschakelinstelling." : ".")));
        }
        if (pip != null) {
            for (Map.Entry<String, LocalDate> datum : aanbod.data().entrySet()) {
                if (datum.getValue().isBefore(pip.dagtekening())) {
                    overtredingen.add(new Overtreding(datum.getKey(), DATUM_VOOR_DAGTEKENING_ACTUELE_PIP,
                            "De " + datum.getKey() + " mag niet voor de dagtekening van de actuele PIP liggen."));
                }
            }
        }
        taalschakeltraject(aanbod, overtredingen);
        termijn(aanbod, context.termijn(), overtredingen);
        return List.copyOf(overtredingen);
    }

    private static void taalschakeltraject(Inburgeringsaanbod aanbod, List<Overtreding> overtredingen) {
        LocalDate aanvang = aanbod.datumAanvangTaalschakeltraject();
        if (aanvang == null) {
            return;
        }
        if (aanbod.datumEindeCursus() != null && aanvang.isBefore(aanbod.datumEindeCursus())) {
            overtredingen.add(new Overtreding(TAALSCHAKELTRAJECT, TAALSCHAKELTRAJECT_VOOR_EINDE_CURSUS,
                    "De datumAanvangTaalschakeltraject mag niet voor de datumEindeCursus liggen."));
        }
        if (aanbod.datumInburgeringsaanbod() != null && aanvang.isBefore(aanbod.datumInburgeringsaanbod())) {
            overtredingen.add(new Overtreding(TAALSCHAKELTRAJECT, TAALSCHAKELTRAJECT_VOOR_INBURGERINGSAANBOD,
                    "De datumAanvangTaalschakeltraject mag niet voor de datumInburgeringsaanbod liggen."));
        }
    }

    /** Without a termijn there is no PIP, which is already an overtreding; nothing to compare with then. */
    private static void termijn(Inburgeringsaanbod aanbod, Inburgeringstermijn termijn,
            List<Overtreding> overtredingen) {
        if (termijn == null) {
            return;
        }
        binnenTermijn(TAALSCHAKELTRAJECT, aanbod.datumAanvangTaalschakeltraject(), termijn, overtredingen);
        binnenTermijn(EINDE_CURSUS, aanbod.datumEindeCursus(), termijn, overtredingen);
    }

    private static void binnenTermijn(String veld, LocalDate datum, Inburgeringstermijn termijn,
            List<Overtreding> overtredingen) {
        if (datum != null && !termijn.omvat(datum)) {
            overtredingen.add(new Overtreding(veld, BUITEN_INBURGERINGSTERMIJN,
                    "De " + veld + " mag niet buiten de inburgeringstermijn (" + termijn.begindatum() + " t/m "
                            + termijn.einddatum() + ") liggen."));
        }
    }
}
