package nl.inburgering.gemeente.inburgeraar.messaging;

import java.util.Optional;

import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtWijzigen;
import nl.inburgering.platform.events.InvalidEventException;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemen;
import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** #3 in: DUO's InburgeringsplichtVastgesteld, validated once, as the command of the use case. */
final class InburgeringsplichtMapper {

    private static final String EVENT = "Inburgeringsplicht vastgesteld";

    private InburgeringsplichtMapper() {
    }

    /** Empty for a delivery to COA (or a receiver we do not know): tolerant reader, no validation of data we do not use. */
    static Optional<InburgeringsplichtOpnemen> alsCommand(InburgeringsplichtVastgesteld plicht) {
        String ontvanger = ontvanger(plicht.getOntvanger());
        if (!PlichtOntvangst.isVoorGemeente(ontvanger)) {
            return Optional.empty();
        }
        return Optional.of(new InburgeringsplichtOpnemen(ontvanger,
                Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), EVENT)),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), EVENT),
                plicht.getGeboortedatum(), doelgroep(plicht.getDoelgroep()), gedetailleerdeDoelgroep(plicht.getGedetailleerdeDoelgroep()),
                plicht.getBegindatum(), plicht.getDatumVaststelling(), plicht.getLeerbaarheidstoetsKlaargezet()));
    }

    private static final String GEWIJZIGD = "Inburgeringsplicht gewijzigd";

    /**
     * #3 gewijzigd for a gemeente; empty for COA. Dead letter: an invalid BSN or gemeentecode, a missing date,
     * reden ONBEKEND, or an onderdeel ONBEKEND among the open ones.
     */
    static Optional<InburgeringsplichtWijzigen> alsCommand(InburgeringsplichtGewijzigd plicht) {
        String ontvanger = ontvanger(plicht.getOntvanger());
        if (!PlichtOntvangst.isVoorGemeente(ontvanger)) {
            return Optional.empty();
        }
        if (plicht.getRedenWijziging() == null
                || plicht.getRedenWijziging() == RedenWijzigingInburgeringsplicht.ONBEKEND) {
            throw new InvalidEventException(GEWIJZIGD + " met reden ONBEKEND");
        }
        if (plicht.getOpenstaandeOnderdelen().contains(Plichtonderdeel.ONBEKEND)) {
            throw new InvalidEventException(GEWIJZIGD + " met een openstaand onderdeel ONBEKEND");
        }
        vereist(plicht.getDatumWijziging(), "datumWijziging");
        vereist(plicht.getBegindatum(), "begindatum");
        vereist(plicht.getGeboortedatum(), "geboortedatum");
        return Optional.of(new InburgeringsplichtWijzigen(ontvanger, Bsn.of(Eventvalidatie.bsn(plicht.getBsn(), GEWIJZIGD)),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), GEWIJZIGD), plicht.getRedenWijziging().name(),
                plicht.getDatumWijziging(), plicht.getGeboortedatum(), plicht.getBegindatum(),
                doelgroep(plicht.getDoelgroep()), gedetailleerdeDoelgroep(plicht.getGedetailleerdeDoelgroep()),
                plicht.getAsielrechtenWijzigingVerblijfsdoel() == null ? null
                        : plicht.getAsielrechtenWijzigingVerblijfsdoel().name(),
                plicht.getOpenstaandeOnderdelen().stream().distinct().sorted().map(Enum::name).toList(),
                vorigeGemeente(plicht)));
    }

    /** GEMEENTE_GEWIJZIGD names the gemeente he moved from (seed §13.2); a missing or invalid one is dead-lettered. */
    private static String vorigeGemeente(InburgeringsplichtGewijzigd plicht) {
        if (plicht.getRedenWijziging() != RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD) {
            return null;
        }
        vereist(plicht.getVorigeGemeentecode(), "vorigeGemeentecode");
        return Eventvalidatie.gemeentecode(plicht.getVorigeGemeentecode(), GEWIJZIGD);
    }

    private static void vereist(Object waarde, String veld) {
        if (waarde == null) {
            throw new InvalidEventException(GEWIJZIGD + " zonder " + veld);
        }
    }

    /** DUO's receiver by its name; none given reads as ONBEKEND (not for the gemeente). */
    static String ontvanger(Ontvanger ontvanger) {
        return ontvanger == null ? "ONBEKEND" : ontvanger.name();
    }

    /** DUO's doelgroep by its name, as the werkvoorraad shows it (ASIELSTATUSHOUDER matters to the chapters). */
    static String doelgroep(Doelgroepindeling doelgroep) {
        return doelgroep.name();
    }

    static String gedetailleerdeDoelgroep(GedetailleerdeDoelgroep doelgroep) {
        return doelgroep.name();
    }
}
