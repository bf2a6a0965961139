package nl.inburgering.duo.voldaan.application;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.PlichtGewijzigd;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.Plichtbeeindiging;
import nl.inburgering.duo.examen.api.Examenfeiten;
import nl.inburgering.duo.examen.api.ExamenuitslagVastgesteld;
import nl.inburgering.duo.inspanning.api.InspanningVastgelegd;
import nl.inburgering.duo.inspanning.api.Taalschakeltrajecten;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.resultaten.api.ResultaatVastgelegd;
import nl.inburgering.duo.resultaten.api.Resultaatfeiten;
import nl.inburgering.duo.voldaan.domain.Eis;
import nl.inburgering.duo.voldaan.domain.InburgeringsplichtVoldaanBeschikt;
import nl.inburgering.duo.voldaan.domain.Leerroute;
import nl.inburgering.duo.voldaan.domain.Oordeel;
import nl.inburgering.duo.voldaan.domain.Taalniveau;
import nl.inburgering.duo.voldaan.domain.Trajectfeiten;
import nl.inburgering.duo.voldaan.domain.VoldaanPolicy;
import nl.inburgering.duo.voldaan.domain.VrijstellingenEnOntheffingen;
import nl.inburgering.duo.voldaan.persistence.BeschikkingVoldaanEntity;
import nl.inburgering.duo.voldaan.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.duo.voldaan.persistence.WaardepapierEntity;
import nl.inburgering.duo.voldaan.persistence.WaardepapierRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Vaststellen voldaan (seed §8.2) when a fact arrives: an exam's definitive uitslag, a result of PVT, MAP or Z-route,
 * an accepted stand of inspanning. Handled synchronously in the transaction of that fact, under the same person lock,
 * so the beschikking commits with the fact or not at all. Judged only for a plichtige with an actuele PIP (the
 * leerroute) and without a beschikking voldaan: once voldaan, a later fact does nothing.
 *
 * <p>Voldaan: the beschikking (its day is today), the waardepapier (the diploma to the inburgeraar, the certificaat to
 * the gemeente, §15.6), #10 to the gemeente of the actuele PIP (and IND, by the catalogue), and the plicht ends in the
 * core ({@link Plichtbeeindiging}: #3 beëindigd with reden "Inburgeringsplicht voldaan", the deadlines dropped), the
 * last day of the plicht being the day voldaan.
 */
@Component
class VoldaanVaststellen {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/inburgeringsplicht-voldaan-vaststellen",
            "Vaststellen of de inburgeringsplicht is voldaan");

    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Examenfeiten examens;
    private final Resultaatfeiten resultaten;
    private final Taalschakeltrajecten taalschakeltrajecten;
    private final Plichtbeeindiging plichtbeeindiging;
    private final BeschikkingVoldaanRepository beschikkingen;
    private final WaardepapierRepository waardepapieren;
    private final Persoonsverwerking verwerking;

    VoldaanVaststellen(Dossiers dossiers, PipFeiten pips, Examenfeiten examens, Resultaatfeiten resultaten,
            Taalschakeltrajecten taalschakeltrajecten, Plichtbeeindiging plichtbeeindiging,
            BeschikkingVoldaanRepository beschikkingen, WaardepapierRepository waardepapieren,
            Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.pips = pips;
        this.examens = examens;
        this.resultaten = resultaten;
        this.taalschakeltrajecten = taalschakeltrajecten;
        this.plichtbeeindiging = plichtbeeindiging;
        this.beschikkingen = beschikkingen;
        this.waardepapieren = waardepapieren;
        this.verwerking = verwerking;
    }

    @EventListener
    void examenuitslag(ExamenuitslagVastgesteld feit) {
        beoordeel(feit.bsn());
    }

    @EventListener
    void resultaat(ResultaatVastgelegd feit) {
        beoordeel(feit.bsn());
    }

    @EventListener
    void inspanning(InspanningVastgelegd feit) {
        beoordeel(feit.bsn());
    }

    /** A partial vrijstelling or ontheffing may take away the last onderdeel that was still open. */
    @EventListener
    void plichtGewijzigd(PlichtGewijzigd feit) {
        if (feit.reden() == Plichtwijziging.Reden.ONDERDELEN_OPNIEUW_VASTGESTELD) {
            beoordeel(feit.bsn());
        }
    }

    /** @return whether the plicht was found voldaan now */
    boolean beoordeel(Bsn bsn) {
        boolean[] voldaan = { false };
        // the actuele PIP read under the lock to decide whether to judge is the one judged: not read twice (issue 17)
        List<PipFeiten.ActuelePip> pip = new ArrayList<>(1);
        verwerking.wijzigAlsBekend(VASTSTELLEN, bsn, b -> {
            teBeoordelen(b).ifPresent(pip::add);
            return !pip.isEmpty();
        }, v -> {
            Dossier dossier = dossiers.dossier(bsn).orElseThrow();
            if (VoldaanPolicy.beoordeel(feiten(bsn, pip.get(0), dossier), v.vandaag())
                    instanceof Oordeel.Voldaan oordeel) {
                beschik(v, pip.get(0).gemeentecode(), oordeel);
                voldaan[0] = true;
            }
        });
        return voldaan[0];
    }

    /** The actuele PIP of a plichtige without a beschikking voldaan; empty for anyone else. */
    private Optional<PipFeiten.ActuelePip> teBeoordelen(Bsn bsn) {
        if (beschikkingen.existsById(bsn.value()) || dossiers.dossier(bsn).filter(Dossier::isPlichtig).isEmpty()) {
            return Optional.empty();
        }
        return pips.actuelePip(bsn);
    }

    private void beschik(Verwerking v, String gemeentecode, Oordeel.Voldaan oordeel) {
        Bsn bsn = v.bsn();
        beschikkingen.save(new BeschikkingVoldaanEntity(bsn.value(), gemeentecode, oordeel.leerroute(),
                oordeel.datumVoldaan(), v.vandaag(), oordeel.waardepapier(), v.nu()));
        waardepapieren.save(new WaardepapierEntity(bsn.value(), oordeel.waardepapier(), gemeentecode, v.vandaag()));
        v.publiceer(new InburgeringsplichtVoldaanBeschikt(bsn, gemeentecode, v.vandaag(), oordeel.datumVoldaan(),
                oordeel.leerroute(), oordeel.waardepapier()));
        plichtbeeindiging.beeindig(bsn, PlichtBeeindigd.Reden.VOLDAAN, oordeel.datumVoldaan());
    }

    private Trajectfeiten feiten(Bsn bsn, PipFeiten.ActuelePip pip, Dossier dossier) {
        Map<Eis, java.time.LocalDate> afgerond = new EnumMap<>(Eis.class);
        for (Resultaatfeiten.Resultaat r : resultaten.resultaten(bsn)) {
            if (r.isAfgerond()) {
                afgerond.put(eis(r.onderdeel()), r.datum());
            }
        }
        taalschakeltrajecten.afgerondOp(bsn).ifPresent(datum -> afgerond.put(Eis.TAALSCHAKELTRAJECT, datum));
        return new Trajectfeiten(leerroute(pip.leerroute()), niveau(pip.niveau()), dossier.isAsielstatushouder(),
                examens.examens(bsn).stream().filter(e -> e.uitslag() != null)
                        .map(e -> new Trajectfeiten.Examenresultaat(eis(e.onderdeel()),
                                e.niveau() == null ? null : niveau(e.niveau()), e.isGeslaagd(),
                                Optional.ofNullable(e.examendatum()).orElse(e.datumUitslag())))
                        .toList(),
                afgerond, vrijstellingenEnOntheffingen(dossier));
    }

    /** The onderdelen a partial vrijstelling or ontheffing took away count as met (seed §8.2). */
    private static VrijstellingenEnOntheffingen vrijstellingenEnOntheffingen(Dossier dossier) {
        return new VrijstellingenEnOntheffingen(dossier.vervallenOnderdelen().stream()
                .map(VoldaanVaststellen::eis).collect(java.util.stream.Collectors.toSet()));
    }

    static Eis eis(Plichtonderdeel onderdeel) {
        return switch (onderdeel) {
            case KNM -> Eis.KNM;
            case LE -> Eis.LE;
            case LU -> Eis.LU;
            case SC -> Eis.SC;
            case SP -> Eis.SP;
            case PVT -> Eis.PVT;
            case MAP -> Eis.MAP;
        };
    }

    private static Leerroute leerroute(PipFeiten.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.Z_ROUTE;
        };
    }

    private static Taalniveau niveau(PipFeiten.Niveau niveau) {
        if (niveau == null) {
            return null;
        }
        return switch (niveau) {
            case A2 -> Taalniveau.A2;
            case B1 -> Taalniveau.B1;
        };
    }

    private static Taalniveau niveau(Examenfeiten.Niveau niveau) {
        return switch (niveau) {
            case A2 -> Taalniveau.A2;
            case B1 -> Taalniveau.B1;
            case B2 -> Taalniveau.B2;
        };
    }

    private static Eis eis(Examenfeiten.Onderdeel onderdeel) {
        return switch (onderdeel) {
            case KNM -> Eis.KNM;
            case LE -> Eis.LE;
            case LU -> Eis.LU;
            case SC -> Eis.SC;
            case SP -> Eis.SP;
        };
    }

    private static Eis eis(Resultaatfeiten.Onderdeel onderdeel) {
        return switch (onderdeel) {
            case PVT -> Eis.PVT;
            case MAP -> Eis.MAP;
            case ZROUTE -> Eis.EINDGESPREK_ZROUTE;
            case PARTICIPATIE -> Eis.PARTICIPATIE;
        };
    }
}
