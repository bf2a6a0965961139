package nl.inburgering.coa.bewoner.messaging;

import java.util.Optional;

import nl.inburgering.coa.bewoner.application.InburgeringsplichtOpnemen;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.coa.bewoner.application.PlichtBeeindigingOpnemen;
import nl.inburgering.coa.bewoner.application.PlichtWijzigingOpnemen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/**
 * Inbound #3: DUO's InburgeringsplichtVastgesteld, validated once at the edge, as COA's command; a delivery meant
 * for a gemeente is none of COA's business (empty). COA keeps the doelgroepen as DUO names them (text).
 */
final class InburgeringsplichtMapper {

    private static final String EVENT = "Inburgeringsplicht vastgesteld";

    private InburgeringsplichtMapper() {
    }

    static Optional<InburgeringsplichtOpnemen> naarCommand(InburgeringsplichtVastgesteld plicht) {
        if (!voorCoa(plicht.getOntvanger())) {
            return Optional.empty();
        }
        return Optional.of(new InburgeringsplichtOpnemen(Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), EVENT)),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), EVENT), plicht.getBegindatum(),
                doelgroep(plicht.getDoelgroep()), gedetailleerdeDoelgroep(plicht.getGedetailleerdeDoelgroep()),
                plicht.getDatumVaststelling(), plicht.getGeboortedatum()));
    }

    static Optional<PlichtWijzigingOpnemen> naarCommand(InburgeringsplichtGewijzigd plicht) {
        if (!voorCoa(plicht.getOntvanger())) {
            return Optional.empty();
        }
        String event = "Inburgeringsplicht gewijzigd";
        return Optional.of(new PlichtWijzigingOpnemen(Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), event)),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), event), plicht.getBegindatum(),
                doelgroep(plicht.getDoelgroep()), gedetailleerdeDoelgroep(plicht.getGedetailleerdeDoelgroep()),
                plicht.getRedenWijziging().name(), plicht.getDatumWijziging(),
                plicht.getOpenstaandeOnderdelen().stream().map(Enum::name).toList(), plicht.getGeboortedatum()));
    }

    static Optional<PlichtBeeindigingOpnemen> naarCommand(InburgeringsplichtBeeindigd plicht) {
        if (!voorCoa(plicht.getOntvanger())) {
            return Optional.empty();
        }
        return Optional.of(new PlichtBeeindigingOpnemen(
                Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), "Inburgeringsplicht beëindigd")), plicht.getEinddatum(),
                plicht.getRedenGeenInburgeringsplicht().name()));
    }

    /** Whether a delivery with this ontvanger is meant for COA. */
    static boolean voorCoa(Ontvanger ontvanger) {
        return switch (ontvanger) {
            case COA -> true;
            case GEMEENTE, ONBEKEND -> false;
        };
    }

    static String doelgroep(Doelgroepindeling doelgroep) {
        return doelgroep.name();
    }

    static String gedetailleerdeDoelgroep(GedetailleerdeDoelgroep doelgroep) {
        return doelgroep.name();
    }
}
