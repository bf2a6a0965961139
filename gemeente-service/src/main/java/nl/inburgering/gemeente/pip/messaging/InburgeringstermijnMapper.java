package nl.inburgering.gemeente.pip.messaging;

import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen.TermijnGewijzigd;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemen.TermijnVastgesteld;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #5 in: DUO's termijn, validated once (a termijn that ends before it starts is refused), as the PIP feature's commands. */
final class InburgeringstermijnMapper {

    private static final String VASTGESTELD = "Inburgeringstermijn vastgesteld";
    private static final String GEWIJZIGD = "Inburgeringstermijn gewijzigd";

    private InburgeringstermijnMapper() {
    }

    static TermijnVastgesteld vastgesteld(InburgeringstermijnVastgesteld t) {
        termijn(t.getStartdatum(), t.getEinddatum(), VASTGESTELD);
        return new TermijnVastgesteld(Bsn.of(Eventvalidatie.bsn(t.getBsn(), VASTGESTELD)),
                Eventvalidatie.gemeentecode(t.getGemeentecode(), VASTGESTELD), t.getStartdatum(), t.getEinddatum(),
                RegistratiePipMapper.datum(t.getDagtekeningPip(), "dagtekeningPip", VASTGESTELD),
                RegistratiePipMapper.datum(t.getDatumVaststelling(), "datumVaststelling", VASTGESTELD));
    }

    static TermijnGewijzigd gewijzigd(InburgeringstermijnGewijzigd t) {
        termijn(t.getStartdatum(), t.getEinddatum(), GEWIJZIGD);
        return new TermijnGewijzigd(Bsn.of(Eventvalidatie.bsn(t.getBsn(), GEWIJZIGD)),
                Eventvalidatie.gemeentecode(t.getGemeentecode(), GEWIJZIGD),
                redenWijziging(t.getRedenWijziging()), t.getStartdatum(),
                t.getEinddatum(), t.getVorigeEinddatum(), t.getVerlengingsgrondcode(),
                t.getVerlengingsgrondomschrijving(),
                RegistratiePipMapper.datum(t.getDatumWijziging(), "datumWijziging", GEWIJZIGD));
    }

    /** DUO's reden by its name (null when DUO gave none); every symbol of the contract is kept as DUO wrote it. */
    static String redenWijziging(RedenWijzigingInburgeringstermijn reden) {
        return reden == null ? null : reden.name();
    }

    private static void termijn(java.time.LocalDate start, java.time.LocalDate einde, String event) {
        if (start == null || einde == null) {
            throw new InvalidEventException(event + " zonder startdatum of einddatum");
        }
        if (einde.isBefore(start)) {
            throw new InvalidEventException(event + " met een einddatum voor de startdatum");
        }
    }
}
