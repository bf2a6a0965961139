package nl.inburgering.duo.pip.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.duo.pip.application.InburgeringsaanbodRegistreren;
import nl.inburgering.duo.pip.application.PipRegistreren;
import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;
import nl.inburgering.duo.pip.domain.Instellingsnummer;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * The three event types of #16 DUO reads, each read and checked once into the command of its use case. A field DUO
 * cannot read makes the event invalid (dead-letter topic).
 */
final class VastgesteldeGegevensPipMapper {

    /**
     * The most instellingsnummers one aanbod may name (duplicates counted): an inburgeringsaanbod names a few
     * instellingen; DUO's Inburgeringsaanbod API answers at most 10 Foutmeldingen for one. More is an invalid event.
     */
    static final int MAXIMUM_INSTELLINGSNUMMERS = 10;

    private VastgesteldeGegevensPipMapper() {
    }

    static PipRegistreren vastgesteld(PipVastgesteld event, Instant signaal) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(event.getBsn(), "PipVastgesteld"));
        PipGegevens gegevens = gegevens(event.getPip(), "PipVastgesteld");
        return new PipRegistreren(bsn, pip(gegevens, Eventvalidatie.gemeentecode(event.getGemeentecode(),
                "PipVastgesteld"), "PipVastgesteld"), gegevens.getIndicatorMagOpleidingAfmaken(),
                gegevens.getEenzijdigVastgesteld(), false, null, null, Kanaal.STELSELDIENST, signaal);
    }

    static PipRegistreren gewijzigd(PipGewijzigd event, Instant signaal) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(event.getBsn(), "PipGewijzigd"));
        PipGegevens gegevens = gegevens(event.getPip(), "PipGewijzigd");
        if (event.getDatumWijziging() == null) {
            throw new InvalidEventException("PipGewijzigd zonder datumWijziging");
        }
        return new PipRegistreren(bsn, pip(gegevens, Eventvalidatie.gemeentecode(event.getGemeentecode(),
                "PipGewijzigd"), "PipGewijzigd"), gegevens.getIndicatorMagOpleidingAfmaken(),
                gegevens.getEenzijdigVastgesteld(), true,
                event.getRedenWijziging() == null ? null : event.getRedenWijziging().name(),
                event.getDatumWijziging(), Kanaal.STELSELDIENST, signaal);
    }

    static InburgeringsaanbodRegistreren aanbod(InburgeringsaanbodVastgesteld event, Instant signaal) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(event.getBsn(), "InburgeringsaanbodVastgesteld"));
        String gemeentecode = Eventvalidatie.gemeentecode(event.getGemeentecode(), "InburgeringsaanbodVastgesteld");
        var gegeven = event.getInburgeringsaanbod();
        if (gegeven == null || gegeven.getDatumInburgeringsaanbod() == null) {
            throw new InvalidEventException("InburgeringsaanbodVastgesteld zonder aanbod of datumInburgeringsaanbod");
        }
        List<String> nummers = gegeven.getInstellingsnummers();
        if (nummers == null || nummers.isEmpty()
                || nummers.stream().anyMatch(n -> n == null || !n.strip().matches("\\d{1,10}"))) {
            throw new InvalidEventException("InburgeringsaanbodVastgesteld zonder geldige instellingsnummers");
        }
        if (nummers.size() > MAXIMUM_INSTELLINGSNUMMERS) {
            throw new InvalidEventException("InburgeringsaanbodVastgesteld met meer dan " + MAXIMUM_INSTELLINGSNUMMERS
                    + " instellingsnummers (" + nummers.size() + ")");
        }
        List<Inburgeringsaanbod> perInstelling = nummers.stream().map(Instellingsnummer::normaliseer).distinct()
                .map(nummer -> new Inburgeringsaanbod(nummer, gegeven.getDatumInburgeringsaanbod(),
                        gegeven.getVerwachteStartdatumOpleiding(), gegeven.getVerwachteEinddatumOpleiding(), null,
                        null, ContractCodes.alfabetisering(gegeven.getAlfabetiseringsonderwijs())))
                .toList();
        return new InburgeringsaanbodRegistreren(bsn, gemeentecode, perInstelling,
                gegeven.getDatumInburgeringsaanbod(), signaal);
    }

    private static PipGegevens gegevens(PipGegevens gegevens, String event) {
        if (gegevens == null || gegevens.getDagtekeningPip() == null) {
            throw new InvalidEventException(event + " zonder pip of dagtekeningPip");
        }
        return gegevens;
    }

    private static Pip pip(PipGegevens gegevens, String gemeentecode, String event) {
        Leerroute leerroute = ContractCodes.leerroute(gegevens.getLeerroute());
        if (leerroute == null) {
            throw new InvalidEventException(event + " zonder bekende leerroute");
        }
        LocalDate dagtekening = gegevens.getDagtekeningPip();
        Integer intensiteit = gegevens.getGeschatteIntensiteitB1Route();
        if (intensiteit != null && (intensiteit < 1 || intensiteit > 9999)) {
            throw new InvalidEventException(event + " met een geschatte intensiteit buiten 1..9999");
        }
        return new Pip(dagtekening, leerroute, ContractCodes.niveau(gegevens.getNiveau()),
                gegevens.getGeschatteIntensiteitB1Route(),
                ContractCodes.alfabetisering(gegevens.getAlfabetiseringsonderwijs()), gemeentecode);
    }
}
