package nl.inburgering.coa.bewoner.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.coa.bewoner.domain.Klantprofiel;
import nl.inburgering.coa.bewoner.domain.KlantprofielGedeeld;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/**
 * Outbound #15: the klantprofiel to the gekoppelde gemeente. The enum translations have no default: a new domain
 * value does not compile until it is translated here.
 */
@Component
class KlantprofielGedeeldVertaling
        implements UitgaandeVertaling<KlantprofielGedeeld, nl.inburgering.contracts.event.KlantprofielGedeeld> {

    @Override
    public nl.inburgering.contracts.event.KlantprofielGedeeld vertaal(KlantprofielGedeeld event) {
        Klantprofiel profiel = event.klantprofiel();
        return nl.inburgering.contracts.event.KlantprofielGedeeld.newBuilder()
                .setBsn(event.bsn().value())
                .setVNummer(event.vNummer())
                .setGemeentecode(event.gemeentecode())
                .setMoment(moment(event.moment()))
                .setDatumBijgewerkt(event.datumBijgewerkt())
                .setGeboorteland(profiel.geboorteland())
                .setTalen(profiel.talen())
                .setHoogstGenotenOpleiding(profiel.hoogstGenotenOpleiding())
                .setWerkervaring(profiel.werkervaring())
                .setAlfabetiseringsbehoefte(alfabetisering(profiel.alfabetiseringsbehoefte()))
                .setVoorinburgeringGevolgd(profiel.voorinburgeringGevolgd())
                .setUrenVoorinburgering(profiel.urenVoorinburgering())
                .setBijzonderheden(profiel.bijzonderheden())
                .setAfgesprokenVariant(event.afgesprokenVariant() == null ? null : variant(event.afgesprokenVariant()))
                .setDatumWarmeOverdracht(event.datumWarmeOverdracht())
                .setVoorinburgeringGeaccepteerd(event.voorinburgeringGeaccepteerd())
                .build();
    }

    static nl.inburgering.contracts.common.Klantprofielmoment moment(Klantprofielmoment moment) {
        return switch (moment) {
            case KOPPELING -> nl.inburgering.contracts.common.Klantprofielmoment.KOPPELING;
            case WARME_OVERDRACHT -> nl.inburgering.contracts.common.Klantprofielmoment.WARME_OVERDRACHT;
            case BIJGEWERKT_TIJDENS_VOORINBURGERING ->
                    nl.inburgering.contracts.common.Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING;
            case INSCHRIJVING_GEMEENTE -> nl.inburgering.contracts.common.Klantprofielmoment.INSCHRIJVING_GEMEENTE;
        };
    }

    static Alfabetiseringsonderwijs alfabetisering(Alfabetiseringsbehoefte behoefte) {
        return switch (behoefte) {
            case A -> Alfabetiseringsonderwijs.A;
            case AA -> Alfabetiseringsonderwijs.AA;
            case NVT -> Alfabetiseringsonderwijs.NVT;
            case ONBEKEND -> Alfabetiseringsonderwijs.ONBEKEND;
        };
    }

    static nl.inburgering.contracts.common.Betrokkenheidsvariant variant(Betrokkenheidsvariant variant) {
        return switch (variant) {
            case BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC ->
                    nl.inburgering.contracts.common.Betrokkenheidsvariant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC;
            case BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC ->
                    nl.inburgering.contracts.common.Betrokkenheidsvariant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC;
            case BREDE_INTAKE_NA_VESTIGING ->
                    nl.inburgering.contracts.common.Betrokkenheidsvariant.BREDE_INTAKE_NA_VESTIGING;
            case VANAF_INSCHRIJVING -> nl.inburgering.contracts.common.Betrokkenheidsvariant.VANAF_INSCHRIJVING;
        };
    }
}
