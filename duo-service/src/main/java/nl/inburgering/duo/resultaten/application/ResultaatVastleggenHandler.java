package nl.inburgering.duo.resultaten.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.pip.api.PipFeiten;
import nl.inburgering.duo.resultaten.api.ResultaatVastgelegd;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Overtreding;
import nl.inburgering.duo.resultaten.domain.Registratie;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.duo.resultaten.domain.ResultaatAfgewezen;
import nl.inburgering.duo.resultaten.domain.ResultaatContext;
import nl.inburgering.duo.resultaten.domain.ResultaatGeregistreerd;
import nl.inburgering.duo.resultaten.domain.Resultaatregels;
import nl.inburgering.duo.resultaten.persistence.AfwijzingEntity;
import nl.inburgering.duo.resultaten.persistence.AfwijzingRepository;
import nl.inburgering.duo.resultaten.persistence.ResultaatEntity;
import nl.inburgering.duo.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.time.WerkdagenKalender;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.verwerking.Verwerking;

/**
 * Seed §5.2, §6.2, §7.2 and DUO's README: DUO judges a delivered result of PVT, MAP or Z-route against what it knows
 * of the person ({@link Resultaatregels}) and registers it per person and onderdeel, or keeps the refusal with every
 * reason. One handler for #17 and the M2M PUTs, so both follow the same rules and write the same registration; both
 * answer the delivering gemeente on REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE (registered or withdrawn, or refused with
 * every reason), so its own record shows what DUO has whichever way the result came. A person DUO does not know is
 * not processed (no Logboek record, no answer).
 */
@Service
public class ResultaatVastleggenHandler {

    static final Verwerkingsactiviteit VASTLEGGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/resultaat-pvt-map-zroute-vastleggen",
            "Resultaat PVT, MAP of Z-route vastleggen");

    /** Seed §14.2.1: "ten hoogste tien werkdagen", the verhuizing one of its exceptions (decision 0037). */
    static final int WERKDAGEN_BIJWERKEN_NA_VERHUIZING = 10;

    private final ResultaatRepository resultaten;
    private final AfwijzingRepository afwijzingen;
    private final Dossiers dossiers;
    private final PipFeiten pips;
    private final Persoonsverwerking verwerking;
    private final ApplicationEventPublisher events;
    private final WerkdagenKalender kalender;

    ResultaatVastleggenHandler(ResultaatRepository resultaten, AfwijzingRepository afwijzingen, Dossiers dossiers,
            PipFeiten pips, Persoonsverwerking verwerking, ApplicationEventPublisher events,
            WerkdagenKalender kalender) {
        this.kalender = kalender;
        this.resultaten = resultaten;
        this.afwijzingen = afwijzingen;
        this.dossiers = dossiers;
        this.pips = pips;
        this.verwerking = verwerking;
        this.events = events;
    }

    /** Joins the inbox transaction of #17, or opens its own for the M2M PUT. */
    @Transactional
    public Resultaatregistratie handle(ResultaatVastleggen command) {
        AtomicReference<Resultaatregistratie> uitkomst = new AtomicReference<>(new Resultaatregistratie.OnbekendePersoon());
        verwerking.wijzigAlsBekend(VASTLEGGEN, command.bsn(), dossiers::isBekend, v -> uitkomst.set(leg(v, command)));
        return uitkomst.get();
    }

    private Resultaatregistratie leg(Verwerking v, ResultaatVastleggen command) {
        String bsn = command.bsn().value();
        Resultaat resultaat = command.resultaat();
        Map<Onderdeel, ResultaatEntity> geregistreerd = new EnumMap<>(Onderdeel.class);
        resultaten.findByBsn(bsn).forEach(r -> geregistreerd.put(r.getOnderdeel(), r));
        List<Overtreding> overtredingen = Resultaatregels.beoordeel(resultaat,
                context(command, v, geregistreerd));
        if (!overtredingen.isEmpty()) {
            afwijzingen.save(new AfwijzingEntity(bsn, resultaat, command.gemeentecode(), command.kanaal(), v.nu(),
                    overtredingen));
            v.publiceer(new ResultaatAfgewezen(command.bsn(), command.gemeentecode(), resultaat, command.kanaal(),
                    overtredingen, v.vandaag()));
            return new Resultaatregistratie.Afgewezen(overtredingen);
        }
        ResultaatEntity bestaand = geregistreerd.get(resultaat.onderdeel());
        if (resultaat.isIntrekking()) {
            resultaten.delete(bestaand);
        } else {
            ResultaatEntity registratie = bestaand != null ? bestaand : new ResultaatEntity(bsn, resultaat.onderdeel());
            registratie.vervang(resultaat, command.gemeentecode(), command.kanaal(), v.nu());
            resultaten.save(registratie);
        }
        v.publiceer(new ResultaatGeregistreerd(command.bsn(), command.gemeentecode(), resultaat, command.kanaal(),
                v.vandaag()));
        events.publishEvent(new ResultaatVastgelegd(command.bsn()));
        return new Resultaatregistratie.Geregistreerd();
    }

    /**
     * DUO's facts: the actuele PIP and the termijn from the pip module, the doelgroep from the person core, and what
     * is registered here. Until DUO decides "voldaan" (§8, a later step), a registered datum afronding Z-route is
     * the plicht voldaan via the Z-route (decision 0020).
     */
    private ResultaatContext context(ResultaatVastleggen command, Verwerking v,
            Map<Onderdeel, ResultaatEntity> geregistreerd) {
        Bsn bsn = command.bsn();
        ResultaatContext.Pip pip = pips.actuelePip(bsn)
                .map(p -> new ResultaatContext.Pip(p.gemeentecode(), p.leerroute() == PipFeiten.Leerroute.Z_ROUTE,
                        p.niveau() == PipFeiten.Niveau.B1))
                .orElse(null);
        ResultaatContext.Termijn termijn = pips.inburgeringstermijn(bsn)
                .map(t -> new ResultaatContext.Termijn(t.begindatum(), t.einddatum())).orElse(null);
        Optional<Dossier> dossier = dossiers.dossier(bsn);
        boolean asielstatushouder = dossier.map(Dossier::isAsielstatushouder).orElse(false);
        // the old gemeente after a verhuizing brings its results up to date within 10 werkdagen (seed §14.2.1)
        ResultaatContext.Verhuizing verhuizing = dossier.map(Dossier::vestiging)
                .filter(vestiging -> vestiging.vorigeGemeentecode() != null)
                .map(vestiging -> new ResultaatContext.Verhuizing(vestiging.vorigeGemeentecode(),
                        kalender.plusWerkdagen(vestiging.datum(), WERKDAGEN_BIJWERKEN_NA_VERHUIZING)))
                .orElse(null);
        Map<Onderdeel, Registratie> registraties = new EnumMap<>(Onderdeel.class);
        geregistreerd.forEach((onderdeel, r) -> registraties.put(onderdeel, r.alsRegistratie()));
        boolean voldaanViaZroute = registraties.containsKey(Onderdeel.ZROUTE)
                && registraties.get(Onderdeel.ZROUTE).datum() != null;
        return new ResultaatContext(command.gemeentecode(), v.vandaag(), pip, termijn, asielstatushouder,
                registraties, voldaanViaZroute, verhuizing);
    }
}
