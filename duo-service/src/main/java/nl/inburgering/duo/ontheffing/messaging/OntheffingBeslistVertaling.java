package nl.inburgering.duo.ontheffing.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.OntheffingBeslist;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #12 Beslissing ontheffing (inclusief BIO) out: to the gemeente's topic and IND's (decision 0018). */
@Component
class OntheffingBeslistVertaling
        implements UitgaandeVertaling<OntheffingBeslist, nl.inburgering.contracts.event.OntheffingBeslist> {

    @Override
    public nl.inburgering.contracts.event.OntheffingBeslist vertaal(OntheffingBeslist b) {
        return nl.inburgering.contracts.event.OntheffingBeslist.newBuilder()
                .setBsn(b.bsn().value())
                .setGemeentecode(b.gemeentecode())
                .setSoort(soort(b.soort()))
                .setGrond(grond(b.grond()))
                .setOordeel(oordeel(b.oordeel()))
                .setDatumOordeel(b.datumOordeel())
                .setOnderdelen(b.onderdelen().stream().sorted().map(OntheffingBeslistVertaling::onderdeel).toList())
                .setUrenBelastbaarheidParticipatieactiviteit(b.urenBelastbaarheidParticipatieactiviteit())
                .build();
    }

    static nl.inburgering.contracts.common.Ontheffingsoort soort(Ontheffingsoort soort) {
        return switch (soort) {
            case GEHEEL -> nl.inburgering.contracts.common.Ontheffingsoort.GEHEEL;
            case GEDEELTELIJK -> nl.inburgering.contracts.common.Ontheffingsoort.GEDEELTELIJK;
            case AANGEPASTE_EXAMENOMSTANDIGHEDEN ->
                nl.inburgering.contracts.common.Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN;
        };
    }

    static nl.inburgering.contracts.common.Ontheffingsgrond grond(Ontheffingsgrond grond) {
        return switch (grond) {
            case MED -> nl.inburgering.contracts.common.Ontheffingsgrond.MED;
            case BIO -> nl.inburgering.contracts.common.Ontheffingsgrond.BIO;
        };
    }

    static AanvraagOordeel oordeel(Oordeel oordeel) {
        return switch (oordeel) {
            case TOEKENNING -> AanvraagOordeel.TOEKENNING;
            case AFWIJZING -> AanvraagOordeel.AFWIJZING;
        };
    }

    static nl.inburgering.contracts.common.Examenonderdeel onderdeel(Examenonderdeel onderdeel) {
        return switch (onderdeel) {
            case KNM -> nl.inburgering.contracts.common.Examenonderdeel.KNM;
            case LE -> nl.inburgering.contracts.common.Examenonderdeel.LE;
            case LU -> nl.inburgering.contracts.common.Examenonderdeel.LU;
            case SC -> nl.inburgering.contracts.common.Examenonderdeel.SC;
            case SP -> nl.inburgering.contracts.common.Examenonderdeel.SP;
        };
    }
}
