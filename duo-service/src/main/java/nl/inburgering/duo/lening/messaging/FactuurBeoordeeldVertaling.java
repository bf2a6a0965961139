package nl.inburgering.duo.lening.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Factuuroordeel;
import nl.inburgering.duo.lening.domain.FactuurBeoordeeld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** DUO's judgement of a factuur out: to the topic of the instelling that sent it (duo.factuurbeoordelingen.v1). */
@Component
class FactuurBeoordeeldVertaling
        implements UitgaandeVertaling<FactuurBeoordeeld, nl.inburgering.contracts.event.FactuurBeoordeeld> {

    @Override
    public nl.inburgering.contracts.event.FactuurBeoordeeld vertaal(FactuurBeoordeeld b) {
        return nl.inburgering.contracts.event.FactuurBeoordeeld.newBuilder()
                .setFactuurnummer(b.factuurnummer())
                .setInstellingsnummer(b.instellingsnummer())
                .setBsn(b.bsn().value())
                .setOordeel(switch (b.oordeel()) {
                    case BETAALBAAR_GESTELD -> Factuuroordeel.BETAALBAAR_GESTELD;
                    case AFGEWEZEN -> Factuuroordeel.AFGEWEZEN;
                })
                .setBedragBetaalbaar(b.bedragBetaalbaar().setScale(2, java.math.RoundingMode.UNNECESSARY))
                .setRedenenAfwijzing(b.redenenAfwijzing())
                .setDatumBeoordeling(b.datumBeoordeling())
                .build();
    }
}
