package nl.inburgering.gemeente.asielstatushouder.messaging;

import java.util.Optional;

import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.gemeente.asielstatushouder.application.KlantprofielOpnemen;
import nl.inburgering.gemeente.asielstatushouder.application.KoppelingOpnemen;
import nl.inburgering.gemeente.asielstatushouder.application.MaatschappelijkeBegeleidingOpnemen;
import nl.inburgering.gemeente.asielstatushouder.domain.Variant;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** Seed §3.3 in: COA's #14 and #15 and DUO's #4, validated once, as the commands of the asielstatushouder feature. */
final class AsielstatushouderMapper {

    private static final String KOPPELING = "Inburgeraar gekoppeld aan gemeente";
    private static final String KLANTPROFIEL = "Klantprofiel";
    private static final String BEGELEIDING = "Recht op maatschappelijke begeleiding";

    private AsielstatushouderMapper() {
    }

    static KoppelingOpnemen koppeling(InburgeraarGekoppeldAanGemeente k) {
        return new KoppelingOpnemen(Bsn.of(Eventvalidatie.bsn(k.getBsn(), KOPPELING)), k.getVNummer(),
                Eventvalidatie.gemeentecode(k.getGemeentecode(), KOPPELING),
                Optional.ofNullable(k.getVorigeGemeentecode())
                        .map(code -> Eventvalidatie.gemeentecode(code, KOPPELING)),
                k.getDatumKoppeling(), k.getAzcLocatie(), k.getVerwachteDatumUitstroom());
    }

    static KlantprofielOpnemen klantprofiel(KlantprofielGedeeld p) {
        return new KlantprofielOpnemen(Bsn.of(Eventvalidatie.bsn(p.getBsn(), KLANTPROFIEL)), p.getVNummer(),
                Eventvalidatie.gemeentecode(p.getGemeentecode(), KLANTPROFIEL), moment(p.getMoment()),
                p.getDatumBijgewerkt(), p.getGeboorteland(), p.getTalen(), p.getHoogstGenotenOpleiding(),
                p.getWerkervaring(), alfabetiseringsbehoefte(p.getAlfabetiseringsbehoefte()),
                p.getVoorinburgeringGevolgd(), p.getUrenVoorinburgering(), p.getBijzonderheden(),
                variant(p.getAfgesprokenVariant()), p.getDatumWarmeOverdracht(), p.getVoorinburgeringGeaccepteerd());
    }

    static MaatschappelijkeBegeleidingOpnemen recht(RechtOpMaatschappelijkeBegeleidingVastgesteld r) {
        return new MaatschappelijkeBegeleidingOpnemen(Bsn.of(Eventvalidatie.bsn(r.getBsn(), BEGELEIDING)),
                Eventvalidatie.gemeentecode(r.getGemeentecode(), BEGELEIDING), r.getIngangsdatum(),
                r.getDatumVaststelling());
    }

    /** COA's moment by its name, as the klantprofiel's history shows it. */
    static String moment(Klantprofielmoment moment) {
        return moment.name();
    }

    /** COA's alfabetiseringsbehoefte by its name, as the caseworker reads it. */
    static String alfabetiseringsbehoefte(Alfabetiseringsonderwijs behoefte) {
        return behoefte.name();
    }

    /** ONBEKEND (a variant newer than this service) counts as no agreement yet: tolerant reader. */
    static Variant variant(Betrokkenheidsvariant variant) {
        if (variant == null) {
            return null;
        }
        return switch (variant) {
            case BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC -> Variant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC;
            case BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC -> Variant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC;
            case BREDE_INTAKE_NA_VESTIGING -> Variant.BREDE_INTAKE_NA_VESTIGING;
            case VANAF_INSCHRIJVING -> Variant.VANAF_INSCHRIJVING;
            default -> null;
        };
    }
}
