package nl.inburgering.gemeente.inspanning.application;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inspanning.domain.InspanningDoorgegevenDoorGemeente;
import nl.inburgering.gemeente.inspanning.domain.InspanningOntvangstPolicy;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * #18 in and out (seed §15.5, one source per fact): the instelling reports an asielstatushouder's inspanning to the
 * gemeente that bought his lessons; the gemeente keeps it and forwards it to DUO through the outbox, in the same
 * transaction, once per stand ({@link InspanningOntvangstPolicy}). Only for an asielstatushouder who is an
 * inburgeraar of this gemeente (decision 0024): anything else is refused, and the listener dead-letters it.
 */
@Service
public class InspanningOpnemenHandler {

    static final Verwerkingsactiviteit OPNEMEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inspanning-ontvangen",
            "Inspanning van een asielstatushouder bij een instelling opnemen en aan DUO doorgeven");

    /** What became of a reported stand. */
    public enum Uitkomst {
        DOORGEGEVEN,
        BEWAARD_ZONDER_DOORGEVEN,
        AL_ONTVANGEN,
        /** No inburgeraar of this gemeente (no #3 here): nothing kept. */
        GEEN_INBURGERAAR_VAN_DEZE_GEMEENTE,
        /** An inburgeraar of this gemeente, but no asielstatushouder: the instelling reports him to DUO itself. */
        GEEN_ASIELSTATUSHOUDER
    }

    private final EigenInburgeraar inburgeraars;
    private final InspanningRepository inspanningen;
    private final Persoonsverwerking verwerking;
    private final Signaalmomenten signaalmomenten;

    InspanningOpnemenHandler(EigenInburgeraar inburgeraars, InspanningRepository inspanningen,
            Persoonsverwerking verwerking, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
        this.inspanningen = inspanningen;
        this.verwerking = verwerking;
    }

    /** Runs in the inbox transaction of the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Uitkomst handle(InspanningOpnemen melding) {
        signaalmomenten.bijwerken(melding.bsn());
        AtomicReference<Uitkomst> uitkomst = new AtomicReference<>();
        verwerking.wijzigAlsBekend(OPNEMEN, melding.bsn(), bsn -> {
            Inburgeraar persoon = inburgeraars.inGemeente(bsn, melding.gemeentecode()).orElse(null);
            if (persoon == null) {
                uitkomst.set(Uitkomst.GEEN_INBURGERAAR_VAN_DEZE_GEMEENTE);
            } else if (!persoon.isAsielstatushouder()) {
                uitkomst.set(Uitkomst.GEEN_ASIELSTATUSHOUDER);
            }
            return uitkomst.get() == null;
        }, v -> {
            String bsn = melding.bsn().value();
            Inspanningsstand stand = melding.stand();
            List<Inspanningsstand> eerdere = inspanningen.findByBsnAndGemeentecodeAndInstellingsnummerOrderByVolgnummerAsc(
                    bsn, melding.gemeentecode(), stand.instellingsnummer()).stream().map(InspanningEntity::stand).toList();
            switch (InspanningOntvangstPolicy.beoordeel(stand, eerdere)) {
                case AL_ONTVANGEN -> uitkomst.set(Uitkomst.AL_ONTVANGEN);
                case BEWAREN_ZONDER_DOORGEVEN -> {
                    inspanningen.save(new InspanningEntity(bsn, melding.gemeentecode(), stand, v.nu(), null));
                    uitkomst.set(Uitkomst.BEWAARD_ZONDER_DOORGEVEN);
                }
                case DOORGEVEN -> {
                    inspanningen.save(new InspanningEntity(bsn, melding.gemeentecode(), stand, v.nu(), v.nu()));
                    v.publiceer(new InspanningDoorgegevenDoorGemeente(melding.bsn(), melding.gemeentecode(), stand));
                    uitkomst.set(Uitkomst.DOORGEGEVEN);
                }
            }
        });
        return uitkomst.get();
    }
}
