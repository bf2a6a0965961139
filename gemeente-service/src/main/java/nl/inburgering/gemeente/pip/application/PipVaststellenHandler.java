package nl.inburgering.gemeente.pip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.intake.api.EenzijdigePip;
import nl.inburgering.gemeente.pip.application.PipRaadplegen.PipOverzicht;
import nl.inburgering.gemeente.pip.domain.Herkomst;
import nl.inburgering.gemeente.pip.domain.Pip;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.PipInvoer;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy;
import nl.inburgering.gemeente.pip.domain.PipGewijzigdDoorGemeente;
import nl.inburgering.gemeente.pip.domain.PipVastgesteldDoorGemeente;
import nl.inburgering.gemeente.pip.domain.Pipsoort;
import nl.inburgering.gemeente.pip.domain.Probleem;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.domain.RouteWijzigingPolicy;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §4.2: the caseworker vaststelt the PIP as a beschikking and the gemeente delivers its kenmerken to DUO
 * (#16): the first as PipVastgesteld, every later one as PipGewijzigd. Only a vastgesteld PIP is stored and
 * sent. The 10-werkdagen leveringsafspraak counts from the dagtekening, the day of the vaststelling.
 */
@Service
public class PipVaststellenHandler {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/pip-vaststellen",
            "PIP vaststellen en de vastgestelde gegevens aan DUO doorgeven");
    static final String MAXIMUM_BEREIKT = "Deze gemeente stelde voor deze inburgeraar al "
            + PipFormulierPolicy.MAXIMAAL_PIPS + " PIP's vast (vaststelling en wijzigingen), het maximum.";
    static final String EENZIJDIG_NIET_TOEGESTAAN = "Het PIP mag alleen eenzijdig worden vastgesteld als de"
            + " inburgeraar niet meewerkte aan de brede intake (driemaal niet verschenen, of niet deelgenomen aan de"
            + " ingeplande leerbaarheidstoets); de brede intake van deze inburgeraar laat dat niet zien.";

    static final String ROUTEWIJZIGING_NIET_MOGELIJK = "Deze wijziging van het PIP (%s) kan niet: %s.";

    private final EigenInburgeraar inburgeraars;
    private final PipRepository pips;
    private final ObjectProvider<EenzijdigePip> eenzijdigePip;
    private final Betrokkenheidsvariant variant;
    private final InspanningActualiseren inspanning;
    private final PipRaadplegen raadplegen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;
    private final int minimaleUrenAfschalen;
    private final Signaalmomenten signaalmomenten;

    PipVaststellenHandler(EigenInburgeraar inburgeraars, PipRepository pips, ObjectProvider<EenzijdigePip> eenzijdigePip,
            Betrokkenheidsvariant variant, InspanningActualiseren inspanning, PipRaadplegen raadplegen,
            Persoonsverwerking verwerking, Clock clock,
            @Value("${keten.gemeente.pip.afschalen.minimale-uren:600}") int minimaleUrenAfschalen,
            Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.eenzijdigePip = eenzijdigePip;
        this.variant = variant;
        this.inspanning = inspanning;
        this.raadplegen = raadplegen;
        this.verwerking = verwerking;
        this.clock = clock;
        this.minimaleUrenAfschalen = minimaleUrenAfschalen;
    }

    /** @param inspanningActualiseren an asielstatushouder's route change: #18 first (seed §5.3) */
    private record Besluit(Pipsoort soort, Pip pip, boolean inspanningActualiseren) {
    }

    @Transactional
    public PipOverzicht handle(PipVaststellen vaststelling) {
        String gemeentecode = vaststelling.gemeentecode();
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, vaststelling.inburgeraarId());
        Bsn bsn = inburgeraar.bsn();
        signaalmomenten.bijwerken(bsn); // recomputed at commit, so only when the PIP was stored
        AtomicReference<Besluit> besluit = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused PIP records nothing
        verwerking.wijzigAlsBekend(VASTSTELLEN, bsn, b -> {
            besluit.set(beslis(b, gemeentecode, vaststelling, inburgeraar.isAsielstatushouder()));
            return true;
        }, v -> {
            Pipsoort soort = besluit.get().soort();
            Pip pip = besluit.get().pip();
            if (besluit.get().inspanningActualiseren()) {
                // before the PipGewijzigd: one outbox, so DUO has the inspanning when the change arrives
                inspanning.actualiseer(bsn, gemeentecode, pip.redenWijziging());
            }
            pips.save(PipEntity.vastgesteld(bsn.value(), gemeentecode, soort, pip, v.nu()));
            // the leveringsafspraak counts from the vaststelling, not from the moment it was typed in
            v.publiceer(soort == Pipsoort.VASTSTELLING ? new PipVastgesteldDoorGemeente(bsn, gemeentecode, pip)
                    : new PipGewijzigdDoorGemeente(bsn, gemeentecode, pip), pip.dagtekening());
        });
        return raadplegen.samenstellen(bsn, gemeentecode);
    }

    private Besluit beslis(Bsn bsn, String gemeentecode, PipVaststellen vaststelling, boolean asielstatushouder) {
        PipInvoer invoer = vaststelling.invoer();
        List<PipEntity> eerdere = pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode);
        if (eerdere.stream().filter(e -> e.getHerkomst() == Herkomst.DEZE_DIENST).count()
                >= PipFormulierPolicy.MAXIMAAL_PIPS) {
            throw new ConflictException(MAXIMUM_BEREIKT);
        }
        Pipsoort soort = Pipsoort.na(eerdere.stream().map(PipEntity::getStatus).toList());
        Beoordeling beoordeling = PipFormulierPolicy.beoordeel(invoer, soort, LocalDate.now(clock));
        List<Probleem> problemen = new ArrayList<>(beoordeling.problemen());
        RouteWijzigingPolicy.urenProbleem(vaststelling.urenOnderwijsKeurmerkinstelling()).ifPresent(problemen::add);
        if (!problemen.isEmpty()) {
            throw Problemen.ongeldig(problemen);
        }
        Pip pip = beoordeling.pip().get();
        if (pip.eenzijdigVastgesteld() && !eenzijdigToegestaan(bsn, gemeentecode)) {
            throw new ConflictException(EENZIJDIG_NIET_TOEGESTAAN);
        }
        // seed §3.3: with variant 2 (contouren in the AZC) or 3 the PIP is beschikt only after the vestiging
        variant.teVroeg(bsn, gemeentecode, Betrokkenheidsvariant.Stap.PIP_BESCHIKKEN).ifPresent(reden -> {
            throw new ConflictException(reden);
        });
        if (soort == Pipsoort.WIJZIGING) {
            PipEntity huidig = eerdere.stream().filter(e -> e.getStatus() != Registratiestatus.AFGEWEZEN)
                    .reduce((eerder, later) -> later).orElseThrow();
            List<String> overtredingen = RouteWijzigingPolicy.overtredingen(
                    new RouteWijzigingPolicy.Huidig(huidig.getLeerroute(), huidig.getNiveau()), pip,
                    vaststelling.urenOnderwijsKeurmerkinstelling(), minimaleUrenAfschalen);
            if (!overtredingen.isEmpty()) {
                throw new ConflictException(ROUTEWIJZIGING_NIET_MOGELIJK.formatted(pip.redenWijziging(),
                        String.join("; ", overtredingen)));
            }
        }
        return new Besluit(soort, pip, asielstatushouder && soort == Pipsoort.WIJZIGING
                && RouteWijzigingPolicy.isRoutewijziging(pip.redenWijziging()));
    }

    /**
     * The brede intake decides (seed §4.2: handhaving after three times not appearing). Without a brede intake in
     * this service nothing shows the person did not cooperate, so it is not allowed: fail closed.
     */
    private boolean eenzijdigToegestaan(Bsn bsn, String gemeentecode) {
        EenzijdigePip intake = eenzijdigePip.getIfAvailable();
        return intake != null && intake.isToegestaan(bsn, gemeentecode);
    }
}
