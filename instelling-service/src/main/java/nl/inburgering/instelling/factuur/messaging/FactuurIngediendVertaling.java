package nl.inburgering.instelling.factuur.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.instelling.factuur.domain.Factuur;
import nl.inburgering.instelling.factuur.domain.FactuurIngediendBijDuo;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/**
 * Lening (seed §12.2) out: the invoice to DUO on {@code instelling.facturen.v1}. The niveau is the PIP's level of the
 * B1-route (A2 or B1); the onderwijsroute and the Z-route have none, sent as ONBEKEND (decision 0040).
 */
@Component
class FactuurIngediendVertaling implements UitgaandeVertaling<FactuurIngediendBijDuo, FactuurIngediend> {

    @Override
    public FactuurIngediend vertaal(FactuurIngediendBijDuo event) {
        Factuur f = event.factuur();
        return FactuurIngediend.newBuilder().setFactuurnummer(f.factuurnummer())
                .setInstellingsnummer(f.instellingsnummer()).setBsn(f.bsn().value())
                .setLeerroute(leerroute(f.leerroute())).setNiveau(niveau(f.niveau()))
                .setOmschrijving(f.omschrijving()).setBedrag(f.bedrag().setScale(2))
                .setFactuurdatum(f.factuurdatum()).build();
    }

    static Leerroute leerroute(nl.inburgering.instelling.cursist.api.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    static NiveauPip niveau(Taalniveau niveau) {
        if (niveau == null) {
            return NiveauPip.ONBEKEND;
        }
        return switch (niveau) {
            case A2 -> NiveauPip.A2;
            case B1 -> NiveauPip.B1;
            // the policy lets only the PIP's levels through; B2 has no NiveauPip
            case B2 -> throw new IllegalStateException("geen niveau van het PIP: " + niveau);
        };
    }
}
