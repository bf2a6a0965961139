package nl.inburgering.gemeente.pip.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.application.EigenInburgeraar;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.pip.application.PipRaadplegen.PipOverzicht;
import nl.inburgering.gemeente.pip.domain.Inburgeringsaanbod;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.AanbodInvoer;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.web.ConflictException;

/**
 * Seed §4.2: after the PIP the gemeente gives an asielstatushouder the inburgeringsaanbod and delivers the part
 * DUO needs with #16 (InburgeringsaanbodVastgesteld), once it is definitive. DUO's answer sets its status.
 */
@Service
public class InburgeringsaanbodVaststellen {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsaanbod-vaststellen",
            "Inburgeringsaanbod vaststellen en aan DUO doorgeven");

    private final EigenInburgeraar inburgeraars;
    private final PipRepository pips;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final PipRaadplegen raadplegen;
    private final Outbox outbox;
    private final Logboek logboek;
    private final Clock clock;

    InburgeringsaanbodVaststellen(EigenInburgeraar inburgeraars, PipRepository pips,
            InburgeringsaanbodRepository aanbiedingen, PipRaadplegen raadplegen, Outbox outbox, Logboek logboek,
            Clock clock) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.aanbiedingen = aanbiedingen;
        this.raadplegen = raadplegen;
        this.outbox = outbox;
        this.logboek = logboek;
        this.clock = clock;
    }

    public record Vaststelling(String gemeentecode, UUID inburgeraarId, AanbodInvoer invoer) {
    }

    @Transactional
    public PipOverzicht handle(Vaststelling vaststelling) {
        String gemeentecode = vaststelling.gemeentecode();
        InburgeraarEntity inburgeraar = inburgeraars.vergrendel(gemeentecode, vaststelling.inburgeraarId());
        String bsn = inburgeraar.getBsn();
        Beoordeling beoordeling = InburgeringsaanbodPolicy.beoordeel(vaststelling.invoer());
        if (!beoordeling.isGoed()) {
            throw Problemen.ongeldig(beoordeling.problemen());
        }
        boolean heeftPip = Registratiestatus.eenNietAfgewezen(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn,
                gemeentecode).stream().map(PipEntity::getStatus).toList());
        InburgeringsaanbodPolicy.weigering(inburgeraar.getDoelgroep(), heeftPip).ifPresent(reden -> {
            throw new ConflictException(reden);
        });
        Inburgeringsaanbod aanbod = beoordeling.aanbod().get();
        logboek.leg(VASTSTELLEN, bsn);
        aanbiedingen.save(InburgeringsaanbodEntity.vastgesteld(bsn, gemeentecode, aanbod, clock.instant()));
        outbox.publiceer(bsn, InburgeringsaanbodVastgesteld.newBuilder().setBsn(bsn).setGemeentecode(gemeentecode)
                .setInburgeringsaanbod(nl.inburgering.contracts.common.Inburgeringsaanbod.newBuilder()
                        .setDatumInburgeringsaanbod(aanbod.datumInburgeringsaanbod())
                        .setVerwachteStartdatumOpleiding(aanbod.verwachteStartdatumOpleiding())
                        .setVerwachteEinddatumOpleiding(aanbod.verwachteEinddatumOpleiding())
                        .setAlfabetiseringsonderwijs(ContractVertaling.alfabetisering(aanbod.alfabetisering()))
                        .setInstellingsnummers(aanbod.instellingsnummers()).build())
                .build(), aanbod.datumInburgeringsaanbod());
        return raadplegen.samenstellen(bsn, gemeentecode);
    }
}
