package nl.inburgering.duo.vrijstelling.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.RedenVrijstelling;
import nl.inburgering.contracts.common.VrijgesteldOnderdeel;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.VrijstellingBeoordeeld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #11 out: to the gemeente that has the plicht, and to IND (the catalogue addresses both). */
@Component
class VrijstellingBeoordeeldVertaling implements UitgaandeVertaling<VrijstellingBeoordeeld,
        nl.inburgering.contracts.event.VrijstellingBeoordeeld> {

    @Override
    public nl.inburgering.contracts.event.VrijstellingBeoordeeld vertaal(VrijstellingBeoordeeld v) {
        Besluit b = v.besluit();
        boolean tijdelijk = b.toegekend() && b.soort() == nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort.TIJDELIJK;
        return nl.inburgering.contracts.event.VrijstellingBeoordeeld.newBuilder()
                .setBsn(v.bsn().value()).setGemeentecode(v.gemeentecode())
                .setSoort(soort(b.soort()))
                .setOordeel(b.toegekend() ? AanvraagOordeel.TOEKENNING : AanvraagOordeel.AFWIJZING)
                .setReden(RedenVrijstelling.valueOf(b.reden().name()))
                .setDatumOordeel(v.datumOordeel())
                .setStartdatum(tijdelijk ? b.startdatum() : null)
                .setEinddatum(tijdelijk ? b.einddatum() : null)
                .setOnderdelen(b.toegekend() ? b.onderdelen().stream()
                        .map(o -> VrijgesteldOnderdeel.newBuilder()
                                .setOnderdeel(Examenonderdeel.valueOf(o.onderdeel().name()))
                                .setNiveau(Examenniveau.valueOf(o.niveau().name())).build())
                        .toList() : java.util.List.of())
                .build();
    }

    static Vrijstellingsoort soort(nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort soort) {
        return switch (soort) {
            case GEHEEL -> Vrijstellingsoort.GEHEEL;
            case TIJDELIJK -> Vrijstellingsoort.TIJDELIJK;
            case GEDEELTELIJK -> Vrijstellingsoort.GEDEELTELIJK;
        };
    }
}
