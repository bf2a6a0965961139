package nl.inburgering.duo.handhaving.messaging;

import java.math.RoundingMode;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Boeteonderdeel;
import nl.inburgering.contracts.common.Boeteregel;
import nl.inburgering.duo.handhaving.domain.BoeteOpgelegd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #8 out: a new boete, or one delivered again to the new gemeente after a verhuizing. */
@Component
class BoeteOpgelegdVertaling implements UitgaandeVertaling<BoeteOpgelegd, nl.inburgering.contracts.event.BoeteOpgelegd> {

    @Override
    public nl.inburgering.contracts.event.BoeteOpgelegd vertaal(BoeteOpgelegd b) {
        return nl.inburgering.contracts.event.BoeteOpgelegd.newBuilder()
                .setBsn(b.bsn().value()).setGemeentecode(b.gemeentecode())
                .setBeschikkingskenmerk(b.beschikkingskenmerk())
                .setBoeteregels(b.boeteregels().stream().map(r -> Boeteregel.newBuilder()
                        .setOnderdeel(onderdeel(r.onderdeel()))
                        .setBedrag(r.bedrag().setScale(2, RoundingMode.UNNECESSARY)).build()).toList())
                .setTotaalbedrag(b.totaalbedrag().setScale(2, RoundingMode.UNNECESSARY))
                .setDatumBeschikking(b.datumBeschikking())
                .setNieuweEinddatumInburgeringstermijn(b.nieuweEinddatumInburgeringstermijn())
                .setAanleiding(b.naVerhuizing() ? Aanleiding.OVERDRACHT_NA_VERHUIZING : Aanleiding.NIEUW)
                .build();
    }

    static Boeteonderdeel onderdeel(nl.inburgering.duo.handhaving.domain.Boeteonderdeel onderdeel) {
        return switch (onderdeel) {
            case LEERROUTE -> Boeteonderdeel.LEERROUTE;
            case PVT -> Boeteonderdeel.PVT;
            case MAP -> Boeteonderdeel.MAP;
        };
    }
}
