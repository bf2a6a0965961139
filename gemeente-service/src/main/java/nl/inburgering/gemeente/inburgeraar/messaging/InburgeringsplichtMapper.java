package nl.inburgering.gemeente.inburgeraar.messaging;

import java.util.Optional;

import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemen.PlichtOntvangen;
import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** #3 in: DUO's InburgeringsplichtVastgesteld, validated once, as the command of the use case. */
final class InburgeringsplichtMapper {

    private static final String EVENT = "Inburgeringsplicht vastgesteld";

    private InburgeringsplichtMapper() {
    }

    /** Empty for a delivery to COA (or a receiver we do not know): tolerant reader, no validation of data we do not use. */
    static Optional<PlichtOntvangen> alsCommand(InburgeringsplichtVastgesteld plicht) {
        String ontvanger = plicht.getOntvanger() == null ? "ONBEKEND" : plicht.getOntvanger().name();
        if (!PlichtOntvangst.isVoorGemeente(ontvanger)) {
            return Optional.empty();
        }
        return Optional.of(new PlichtOntvangen(ontvanger,
                Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), EVENT)),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), EVENT),
                plicht.getGeboortedatum(), plicht.getDoelgroep().name(), plicht.getGedetailleerdeDoelgroep().name(),
                plicht.getBegindatum(), plicht.getDatumVaststelling(), plicht.getLeerbaarheidstoetsKlaargezet()));
    }
}
