package nl.inburgering.instelling.inspanning.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.inspanning.domain.InspanningGemeldAanDuo;
import nl.inburgering.instelling.inspanning.domain.InspanningGemeldAanGemeente;
import nl.inburgering.instelling.inspanning.domain.InspanningPolicy;
import nl.inburgering.instelling.inspanning.domain.InspanningPolicy.Beoordeling;
import nl.inburgering.instelling.inspanning.domain.Inspanningsroute;
import nl.inburgering.instelling.inspanning.domain.Inspanningsstand;
import nl.inburgering.instelling.inspanning.persistence.InspanningEntity;
import nl.inburgering.instelling.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Stelseldienst #18 out, routed by seed §15.5 with one source per fact: the stand is stored at the instelling and
 * published once, either to the gemeente that bought the lessons (InspanningAsielstatushouderGemeld on its topic) or
 * straight to DUO (InspanningGezinsmigrantGemeld), as {@link Inspanningsroute} decides from the inschrijving.
 */
@Service
public class InspanningMeldenHandler {

    static final Verwerkingsactiviteit MELDEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/inspanning-melden",
            "Inspanning van een cursist melden aan de gemeente of DUO");

    private final EigenCursist cursisten;
    private final InspanningRepository inspanningen;
    private final Persoonsverwerking verwerking;
    private final Clock clock;

    InspanningMeldenHandler(EigenCursist cursisten, InspanningRepository inspanningen, Persoonsverwerking verwerking,
            Clock clock) {
        this.cursisten = cursisten;
        this.inspanningen = inspanningen;
        this.verwerking = verwerking;
        this.clock = clock;
    }

    @Transactional
    public Inspanningsmelding handle(InspanningMelden melding) {
        Cursist cursist = cursisten.vind(melding.instellingsnummer(), melding.cursistId());
        AtomicReference<Inspanningsstand> stand = new AtomicReference<>();
        AtomicReference<InspanningEntity> opgeslagen = new AtomicReference<>();
        // checked under the lock, before the Logboek record: a refused stand records nothing
        verwerking.wijzigAlsBekend(MELDEN, cursist.bsn(), bsn -> {
            Cursist actueel = cursisten.vind(melding.instellingsnummer(), melding.cursistId());
            stand.set(beoordeel(actueel, melding));
            return true;
        }, v -> {
            Inspanningsroute route = Inspanningsroute.voor(cursist.contractpartij());
            String gemeentecode = route == Inspanningsroute.GEMEENTE ? cursist.gemeentecode() : null;
            opgeslagen.set(inspanningen.save(new InspanningEntity(cursist.id(), cursist.bsn().value(), stand.get(),
                    route, gemeentecode, v.nu())));
            switch (route) {
                case GEMEENTE -> v.publiceer(new InspanningGemeldAanGemeente(cursist.bsn(), gemeentecode, stand.get()));
                case DUO -> v.publiceer(new InspanningGemeldAanDuo(cursist.bsn(), stand.get()));
            }
        });
        return InspanningRaadplegen.alsMelding(opgeslagen.get(), cursist);
    }

    private Inspanningsstand beoordeel(Cursist cursist, InspanningMelden melding) {
        Beoordeling beoordeling = InspanningPolicy.beoordeel(cursist, melding.invoer(), LocalDate.now(clock));
        if (!beoordeling.isGoed()) {
            throw new OngeldigeInvoerException(beoordeling.problemen().stream()
                    .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
        }
        Inspanningsstand nieuw = beoordeling.stand().get();
        Optional<LocalDate> laatste = inspanningen.findFirstByCursistIdOrderByPeildatumDescGemeldOpDesc(cursist.id())
                .map(InspanningEntity::getPeildatum);
        if (InspanningPolicy.isOuderDanLaatsteStand(nieuw.peildatum(), laatste)) {
            throw new ConflictException("De instelling meldde al een stand met peildatum " + laatste.get()
                    + "; een stand vervangt de vorige, dus een oudere peildatum zou de ontvanger terugzetten.");
        }
        return nieuw;
    }
}
