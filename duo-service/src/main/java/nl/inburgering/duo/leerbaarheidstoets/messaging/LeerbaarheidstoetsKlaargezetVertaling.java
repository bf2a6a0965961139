package nl.inburgering.duo.leerbaarheidstoets.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.leerbaarheidstoets.domain.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #6 out: a toets set ready for the gemeente. */
@Component
class LeerbaarheidstoetsKlaargezetVertaling implements UitgaandeVertaling<LeerbaarheidstoetsKlaargezet,
        nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet> {

    @Override
    public nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet vertaal(LeerbaarheidstoetsKlaargezet k) {
        return nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet.newBuilder()
                .setBsn(k.bsn().value())
                .setGemeentecode(k.gemeentecode())
                .setDatumKlaargezet(k.datumKlaargezet())
                .setHerkansing(k.herkansing())
                .setExamennummer(k.examennummer())
                .build();
    }
}
