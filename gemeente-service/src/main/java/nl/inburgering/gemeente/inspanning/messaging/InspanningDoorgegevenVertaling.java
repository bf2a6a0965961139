package nl.inburgering.gemeente.inspanning.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.gemeente.inspanning.domain.InspanningDoorgegevenDoorGemeente;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #18 out (gemeente → DUO): the stand as the instelling reported it, as InspanningAsielstatushouderDoorgegeven. */
@Component
class InspanningDoorgegevenVertaling
        implements UitgaandeVertaling<InspanningDoorgegevenDoorGemeente, InspanningAsielstatushouderDoorgegeven> {

    @Override
    public InspanningAsielstatushouderDoorgegeven vertaal(InspanningDoorgegevenDoorGemeente event) {
        Inspanningsstand stand = event.stand();
        return InspanningAsielstatushouderDoorgegeven.newBuilder().setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setInspanning(Inspanning.newBuilder().setInstellingsnummer(stand.instellingsnummer())
                        .setLeerroute(Leerroute.valueOf(stand.leerroute())).setPeildatum(stand.peildatum())
                        .setStartdatumOnderwijs(stand.startdatumOnderwijs())
                        .setUrenAangeboden(stand.urenAangeboden()).setUrenAanwezig(stand.urenAanwezig())
                        .setUrenOngeoorloofdVerzuim(stand.urenOngeoorloofdVerzuim())
                        .setTaalschakeltrajectAfgerond(stand.taalschakeltrajectAfgerond())
                        .setDatumAfrondingTaalschakeltraject(stand.datumAfrondingTaalschakeltraject())
                        .setActualisatiemoment(Actualisatiemoment.valueOf(stand.actualisatiemoment())).build())
                .build();
    }
}
