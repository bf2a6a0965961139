package nl.inburgering.duo.handhaving.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.examen.api.Examenfeiten;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerroute;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel;
import nl.inburgering.duo.inspanning.api.Inspanningfeiten;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.resultaten.api.Resultaatfeiten;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Gathers what DUO knows of a person for the {@code VerwijtbaarheidPolicy}, within the caller's verwerking: the
 * actuele PIP (leerroute and niveau), the exams (#13), PVT, MAP and Z-route (#17), the inspanning (#18) and the
 * onderdelen a gedeeltelijke vrijstelling or ontheffing took away (the core's vervallen onderdelen).
 *
 * <p>What the leerroute asks (decision 0028): the B1-route and the onderwijsroute KNM and the four language exams at
 * the PIP's niveau (B1 unless afgeschaald to A2; a higher niveau counts), the Z-route its eindgesprek and
 * participatiecomponent. Vaststellen voldaan (issue 14 item 4) decides the plicht per leerroute in full.
 */
@Component
class Handhavingsfeiten {

    private static final List<Examenfeiten.Onderdeel> EXAMENS = List.of(Examenfeiten.Onderdeel.KNM,
            Examenfeiten.Onderdeel.LE, Examenfeiten.Onderdeel.LU, Examenfeiten.Onderdeel.SC, Examenfeiten.Onderdeel.SP);

    private final PipFeiten pips;
    private final Examenfeiten examens;
    private final Resultaatfeiten resultaten;
    private final Inspanningfeiten inspanning;
    private final Dossiers dossiers;

    Handhavingsfeiten(PipFeiten pips, Examenfeiten examens, Resultaatfeiten resultaten, Inspanningfeiten inspanning,
            Dossiers dossiers) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.examens = examens;
        this.resultaten = resultaten;
        this.inspanning = inspanning;
    }

    /**
     * @param leerrouteTeLaat whether the gemeente set the leerroute after its 10 weeks
     *                        ({@code termijnbewaking.api.Termijnbewaking.leerrouteTeLaat})
     */
    Verwijtbaarheidsfeiten van(Bsn bsn, boolean leerrouteTeLaat) {
        PipFeiten.ActuelePip pip = pips.actuelePip(bsn).orElse(null);
        Leerroute leerroute = pip == null ? null : Leerroute.valueOf(pip.leerroute().name());
        Set<Leerrouteonderdeel> open = EnumSet.noneOf(Leerrouteonderdeel.class);
        Set<Leerrouteonderdeel> geprobeerd = EnumSet.noneOf(Leerrouteonderdeel.class);
        List<Resultaatfeiten.Resultaat> registratie = resultaten.resultaten(bsn);
        // what a gedeeltelijke vrijstelling or ontheffing took away is not open, and no boete can fall on it (§10, §11)
        Set<Plichtonderdeel> vervallen = dossiers.dossier(bsn).map(Dossier::vervallenOnderdelen).orElse(Set.of());
        if (leerroute == Leerroute.Z_ROUTE) {
            if (!afgerond(registratie, Resultaatfeiten.Onderdeel.ZROUTE)) {
                open.add(Leerrouteonderdeel.ZROUTE_EINDGESPREK);
            }
            if (!afgerond(registratie, Resultaatfeiten.Onderdeel.PARTICIPATIE)) {
                open.add(Leerrouteonderdeel.ZROUTE_PARTICIPATIE);
            }
        } else if (leerroute != null) {
            Examenfeiten.Niveau vereist = pip.niveau() == PipFeiten.Niveau.A2 ? Examenfeiten.Niveau.A2
                    : Examenfeiten.Niveau.B1;
            List<Examenfeiten.Examen> afgelegd = examens.examens(bsn).stream().filter(e -> e.uitslag() != null)
                    .toList();
            for (Examenfeiten.Onderdeel onderdeel : EXAMENS) {
                if (vervallen.contains(Plichtonderdeel.valueOf(onderdeel.name()))) {
                    continue;
                }
                List<Examenfeiten.Examen> van = afgelegd.stream().filter(e -> e.onderdeel() == onderdeel).toList();
                boolean behaald = van.stream().anyMatch(e -> e.isGeslaagd() && (onderdeel == Examenfeiten.Onderdeel.KNM
                        || e.niveau() != null && e.niveau().compareTo(vereist) >= 0));
                if (!behaald) {
                    open.add(onderdeel(onderdeel));
                    if (!van.isEmpty()) {
                        geprobeerd.add(onderdeel(onderdeel));
                    }
                }
            }
        }
        int aangeboden = 0;
        int aanwezig = 0;
        int verzuim = 0;
        for (Inspanningfeiten.Inspanning stand : inspanning.inspanningen(bsn)) {
            aangeboden += stand.urenAangeboden();
            aanwezig += stand.urenAanwezig();
            verzuim += stand.urenOngeoorloofdVerzuim();
        }
        return new Verwijtbaarheidsfeiten(leerroute, leerrouteTeLaat, open, geprobeerd,
                vervallen.contains(Plichtonderdeel.PVT) || afgerond(registratie, Resultaatfeiten.Onderdeel.PVT),
                indicatie(registratie, Resultaatfeiten.Onderdeel.PVT),
                vervallen.contains(Plichtonderdeel.MAP) || afgerond(registratie, Resultaatfeiten.Onderdeel.MAP),
                indicatie(registratie, Resultaatfeiten.Onderdeel.MAP),
                aangeboden, aanwezig, verzuim);
    }

    private static boolean afgerond(List<Resultaatfeiten.Resultaat> registratie, Resultaatfeiten.Onderdeel onderdeel) {
        return registratie.stream().anyMatch(r -> r.onderdeel() == onderdeel && r.isAfgerond());
    }

    /** The gemeente's indicatie verwijtbaarheid; the newest registration that gives one when there are several. */
    private static Boolean indicatie(List<Resultaatfeiten.Resultaat> registratie, Resultaatfeiten.Onderdeel onderdeel) {
        return registratie.stream().filter(r -> r.onderdeel() == onderdeel).map(Resultaatfeiten.Resultaat::verwijtbaar)
                .filter(Objects::nonNull).reduce((eerder, later) -> later).orElse(null);
    }

    private static Leerrouteonderdeel onderdeel(Examenfeiten.Onderdeel onderdeel) {
        return switch (onderdeel) {
            case KNM -> Leerrouteonderdeel.KNM;
            case LE -> Leerrouteonderdeel.LEZEN;
            case LU -> Leerrouteonderdeel.LUISTEREN;
            case SC -> Leerrouteonderdeel.SCHRIJVEN;
            case SP -> Leerrouteonderdeel.SPREKEN;
        };
    }
}
