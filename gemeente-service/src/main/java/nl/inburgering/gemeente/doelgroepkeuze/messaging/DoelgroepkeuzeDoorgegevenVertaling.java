package nl.inburgering.gemeente.doelgroepkeuze.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.gemeente.doelgroepkeuze.domain.DoelgroepkeuzeDoorgegevenDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #16 out: the keuze after a doelgroepwijziging. */
@Component
class DoelgroepkeuzeDoorgegevenVertaling
        implements UitgaandeVertaling<DoelgroepkeuzeDoorgegevenDoorGemeente, DoelgroepkeuzeDoorgegeven> {

    @Override
    public DoelgroepkeuzeDoorgegeven vertaal(DoelgroepkeuzeDoorgegevenDoorGemeente e) {
        return DoelgroepkeuzeDoorgegeven.newBuilder().setBsn(e.bsn().value()).setGemeentecode(e.gemeentecode())
                .setDatumWijzigingDoelgroep(e.datumWijzigingDoelgroep())
                .setKeuze(AsielrechtenWijzigingVerblijfsdoel.valueOf(e.keuze().name()))
                .setDatumOndertekening(e.datumOndertekening())
                .build();
    }
}
