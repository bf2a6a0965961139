package nl.inburgering.gemeente.intake.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.gemeente.intake.domain.LeerbaarheidstoetsVerloopVerklaardDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** The verklaring of the verloop as the contract's LeerbaarheidstoetsVerloopVerklaard (to DUO). */
@Component
class LeerbaarheidstoetsVerloopVerklaardVertaling implements
        UitgaandeVertaling<LeerbaarheidstoetsVerloopVerklaardDoorGemeente, LeerbaarheidstoetsVerloopVerklaard> {

    @Override
    public LeerbaarheidstoetsVerloopVerklaard vertaal(LeerbaarheidstoetsVerloopVerklaardDoorGemeente event) {
        return LeerbaarheidstoetsVerloopVerklaard.newBuilder()
                .setBsn(event.bsn().value())
                .setGemeentecode(event.gemeentecode())
                .setExamennummer(event.examennummer())
                .setDatumAfname(event.datumAfname())
                .setOrdentelijkVerloop(event.ordentelijkVerloop())
                .setToelichting(event.toelichting())
                .build();
    }
}
