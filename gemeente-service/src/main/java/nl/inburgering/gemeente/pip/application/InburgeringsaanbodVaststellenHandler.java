package nl.inburgering.gemeente.pip.application;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant;
import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.pip.application.PipRaadplegen.PipOverzicht;
import nl.inburgering.gemeente.pip.domain.Inburgeringsaanbod;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodVastgesteldDoorGemeente;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.AanbodInvoer;

/**
 * Seed §4.2: after the PIP the gemeente gives an asielstatushouder the inburgeringsaanbod and delivers the part
 * DUO needs with #16 (InburgeringsaanbodVastgesteld), once it is definitive. DUO's answer sets its status.
 */
@Service
public class InburgeringsaanbodVaststellenHandler {

    static final Verwerkingsactiviteit VASTSTELLEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsaanbod-vaststellen",
            "Inburgeringsaanbod vaststellen en aan DUO doorgeven");

    private final EigenInburgeraar inburgeraars;
    private final PipRepository pips;
    private final InburgeringsaanbodRepository aanbiedingen;
    private final PipRaadplegen raadplegen;
    private final Betrokkenheidsvariant variant;
    private final Persoonsverwerking verwerking;

    InburgeringsaanbodVaststellenHandler(EigenInburgeraar inburgeraars, PipRepository pips,
            InburgeringsaanbodRepository aanbiedingen, PipRaadplegen raadplegen, Betrokkenheidsvariant variant,
            Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.pips = pips;
        this.aanbiedingen = aanbiedingen;
        this.raadplegen = raadplegen;
        this.variant = variant;
        this.verwerking = verwerking;
    }

    @Transactional
    public PipOverzicht handle(InburgeringsaanbodVaststellen vaststelling) {
        String gemeentecode = vaststelling.gemeentecode();
        Inburgeraar inburgeraar = inburgeraars.vind(gemeentecode, vaststelling.inburgeraarId());
        Bsn bsn = inburgeraar.bsn();
        // checked under the lock, before the Logboek record: a refused aanbod records nothing
        verwerking.wijzigAlsBekend(VASTSTELLEN, bsn, b -> {
            Beoordeling beoordeling = InburgeringsaanbodPolicy.beoordeel(vaststelling.invoer());
            if (!beoordeling.isGoed()) {
                throw Problemen.ongeldig(beoordeling.problemen());
            }
            boolean heeftPip = Registratiestatus.eenNietAfgewezen(pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(
                    bsn.value(), gemeentecode).stream().map(PipEntity::getStatus).toList());
            InburgeringsaanbodPolicy.weigering(inburgeraar.doelgroep(), heeftPip).ifPresent(reden -> {
                throw new ConflictException(reden);
            });
            // seed §3.3: only with variant 1 may the aanbod (and so the lessons) start in the AZC
            variant.teVroeg(b, gemeentecode, Betrokkenheidsvariant.Stap.INBURGERINGSAANBOD).ifPresent(reden -> {
                throw new ConflictException(reden);
            });
            return true;
        }, v -> {
            Inburgeringsaanbod aanbod = InburgeringsaanbodPolicy.beoordeel(vaststelling.invoer()).aanbod().get();
            aanbiedingen.save(InburgeringsaanbodEntity.vastgesteld(bsn.value(), gemeentecode, aanbod, v.nu()));
            v.publiceer(new InburgeringsaanbodVastgesteldDoorGemeente(bsn, gemeentecode, aanbod),
                    aanbod.datumInburgeringsaanbod());
        });
        return raadplegen.samenstellen(bsn, gemeentecode);
    }
}
