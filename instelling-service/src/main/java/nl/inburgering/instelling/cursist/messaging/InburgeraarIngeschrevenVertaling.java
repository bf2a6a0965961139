package nl.inburgering.instelling.cursist.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.instelling.cursist.domain.InburgeraarIngeschreven;
import nl.inburgering.instelling.cursist.domain.Inschrijving;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #20 out: the inschrijving as the contract's InburgeraarIngeschrevenBijInstelling, to DUO. */
@Component
class InburgeraarIngeschrevenVertaling
        implements UitgaandeVertaling<InburgeraarIngeschreven, InburgeraarIngeschrevenBijInstelling> {

    @Override
    public InburgeraarIngeschrevenBijInstelling vertaal(InburgeraarIngeschreven event) {
        Inschrijving i = event.inschrijving();
        return InburgeraarIngeschrevenBijInstelling.newBuilder().setBsn(i.bsn().value())
                .setInstellingsnummer(i.instellingsnummer()).setBrin(null)
                .setLeerroute(ContractCodes.leerroute(i.leerroute()))
                .setTaalniveau(ContractCodes.taalniveau(i.taalniveau()))
                .setTaalschakeltraject(i.taalschakeltraject())
                .setContractpartij(ContractCodes.contractpartij(i.contractpartij()))
                .setGemeentecode(i.gemeentecode()).setDatumInschrijving(i.datumInschrijving())
                .setStartdatum(i.startdatum()).setVerwachteEinddatum(i.verwachteEinddatum()).build();
    }
}
