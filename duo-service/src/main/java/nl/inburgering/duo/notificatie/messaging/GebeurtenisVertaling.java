package nl.inburgering.duo.notificatie.messaging;

import static nl.inburgering.duo.notificatie.domain.Gebeurtenis.*;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.contracts.event.VrijstellingBeoordeeld;
import nl.inburgering.duo.notificatie.domain.AowLeeftijd;
import nl.inburgering.duo.notificatie.domain.Gebeurtenis;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Which gebeurtenis of DUO's Gebeurtenissen.md a stelseldienst to a gemeente is (decision 0030), by contract class and
 * its fields; every enum is switched exhaustively, so a new symbol does not compile silently into a wrong code.
 * Empty: the fact is no gebeurtenis of its own for this gemeente (it is notified by another fact, see the decision).
 */
public final class GebeurtenisVertaling {

    private final AowLeeftijd aow;
    private final Predicate<Bsn> heeftPip;

    /**
     * @param aow      the AOW-leeftijd (SS128)
     * @param heeftPip whether DUO holds a PIP for the person (SS120/SS121, SS129/SS130)
     */
    public GebeurtenisVertaling(AowLeeftijd aow, Predicate<Bsn> heeftPip) {
        this.aow = aow;
        this.heeftPip = heeftPip;
    }

    /**
     * @param event        the contract event as the outbox stores it
     * @param gemeentecode the gemeente of this recipient's row
     * @param dag          the day the fact is stored
     */
    public Optional<Gebeurtenis> voor(SpecificRecord event, String gemeentecode, LocalDate dag) {
        return Optional.ofNullable(gebeurtenis(event, gemeentecode, dag));
    }

    private Gebeurtenis gebeurtenis(SpecificRecord event, String gemeentecode, LocalDate dag) {
        if (event instanceof InburgeringsplichtVastgesteld e) {
            return vastgesteld(e, dag);
        } else if (event instanceof InburgeringsplichtGewijzigd e) {
            return gewijzigd(e, gemeentecode);
        } else if (event instanceof InburgeringsplichtBeeindigd e) {
            return beeindigd(e.getRedenGeenInburgeringsplicht());
        } else if (event instanceof InburgeringstermijnVastgesteld) {
            return SS102;
        } else if (event instanceof InburgeringstermijnGewijzigd e) {
            return termijnGewijzigd(e.getRedenWijziging());
        } else if (event instanceof LeerbaarheidstoetsKlaargezet) {
            return SS137;
        } else if (event instanceof LeerbaarheidstoetsUitkomstVastgesteld) {
            return SS131;
        } else if (event instanceof InburgeringsplichtigeGesignaleerd e) {
            return gesignaleerd(e.getReden());
        } else if (event instanceof BoeteOpgelegd e) {
            // nearest documented: the boete comes with a new termijn DUO sets ambtshalve (decision 0030); a boete
            // delivered again to the new gemeente after a verhuizing is none: SS120/SS121 said he came (decision 0037)
            return e.getAanleiding() == Aanleiding.OVERDRACHT_NA_VERHUIZING ? null : SS103;
        } else if (event instanceof AanvraagVerlengingBeoordeeld e) {
            return verlenging(e.getOordeel());
        } else if (event instanceof InburgeringsplichtVoldaan) {
            return SS106;
        } else if (event instanceof VrijstellingBeoordeeld e) {
            return vrijstelling(e.getSoort(), e.getOordeel());
        } else if (event instanceof OntheffingBeslist e) {
            return ontheffing(e.getSoort(), e.getOordeel());
        } else if (event instanceof ExamenresultaatVastgesteld e) {
            return e.getAanleiding() == Aanleiding.OVERDRACHT_NA_VERHUIZING ? null : SS199;
        }
        return null; // #4 maatschappelijke begeleiding, the answers to #16/#17: no gebeurtenis in Gebeurtenissen.md
    }

    private Gebeurtenis vastgesteld(InburgeringsplichtVastgesteld plicht, LocalDate dag) {
        if (plicht.getAanleiding() == Aanleiding.OVERDRACHT_NA_VERHUIZING) {
            return heeftPip.test(Bsn.of(plicht.getBsn())) ? SS121 : SS120;
        }
        if (aow.binnenZesMaanden(plicht.getGeboortedatum(), dag)) {
            return SS128;
        }
        return plicht.getDoelgroep() == Doelgroepindeling.ASIELSTATUSHOUDER ? SS139 : SS101;
    }

    private Gebeurtenis gewijzigd(InburgeringsplichtGewijzigd plicht, String gemeentecode) {
        boolean vorigeGemeente = plicht.getVorigeGemeentecode() != null
                && plicht.getVorigeGemeentecode().equals(gemeentecode)
                && !gemeentecode.equals(plicht.getGemeentecode());
        return switch (plicht.getRedenWijziging()) {
            // the new gemeente had SS120 / SS121 with #3 vastgesteld OVERDRACHT_NA_VERHUIZING just before: said once
            case GEMEENTE_GEWIJZIGD -> vorigeGemeente ? SS122 : null;
            case DOELGROEP_GEWIJZIGD -> plicht.getDoelgroep() == Doelgroepindeling.ASIELSTATUSHOUDER ? SS125 : SS124;
            case DOELGROEPKEUZE_BEVESTIGD -> SS124;
            // with a PIP the resumed plicht comes with a lengthened termijn, whose #5 gewijzigd is SS130: said once
            case TIJDELIJKE_VRIJSTELLING_INGETROKKEN -> heeftPip.test(Bsn.of(plicht.getBsn())) ? null : SS129;
            case ONDERDELEN_OPNIEUW_VASTGESTELD, OVERIG, ONBEKEND -> null;
        };
    }

    static Gebeurtenis beeindigd(RedenGeenInburgeringsplicht reden) {
        return switch (reden) {
            case OVERLIJDEN -> SS111;
            case TIJDELIJKE_VRIJSTELLING -> SS109;
            case VERBLIJFSDOEL_GEWIJZIGD, VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR, OVERIG, ONBEKEND -> SS110;
            // notified by the beschikking itself: #10 voldaan SS106, #11 vrijstelling SS107, #12 ontheffing SS108
            case INBURGERINGSPLICHT_VOLDAAN, VOLLEDIGE_VRIJSTELLING, VOLLEDIGE_ONTHEFFING -> null;
        };
    }

    static Gebeurtenis termijnGewijzigd(RedenWijzigingInburgeringstermijn reden) {
        return switch (reden) {
            case VERLENGING_OP_VERZOEK -> SS104;
            case VERLENGING_AMBTSHALVE, NIEUWE_TERMIJN_NA_BOETE, OVERIG, ONBEKEND -> SS103;
            case TIJDELIJKE_VRIJSTELLING_INGETROKKEN -> SS130;
        };
    }

    static Gebeurtenis gesignaleerd(Signaleringsreden reden) {
        return switch (reden) {
            case AANVRAAG_VERLENGING_ONTVANGEN -> SS112;
            // no gebeurtenis of Gebeurtenissen.md fits a deadline signal; the nearest documented is the attentiesignaal
            // of a DUO deadline that passed (decision 0030)
            case VIER_WEKEN_VOOR_EINDE_TERMIJN, VOORAANKONDIGING_BOETE, VIER_WEKEN_NA_EINDE_TERMIJN, ONBEKEND -> SS126;
        };
    }

    static Gebeurtenis verlenging(AanvraagOordeel oordeel) {
        return switch (oordeel) {
            case AFWIJZING -> SS113;
            // a granted verlenging changes the termijn: #5 gewijzigd notifies SS104
            case TOEKENNING, ONBEKEND -> null;
        };
    }

    /**
     * #11 per Gebeurtenissen.md: a refusal is SS114 / SS115 / SS116 by soort ("Verzoeken inburgeraar"); a toegekende
     * gehele SS107 ("Inburgeringsplicht voldaan"; its #3 beëindigd is silent), a toegekende gedeeltelijke SS117. A
     * toegekende tijdelijke is notified once, by the #3 beëindigd it comes with (SS109, "Intrekken
     * Inburgeringsplicht"), so #11 is silent there.
     */
    static Gebeurtenis vrijstelling(Vrijstellingsoort soort, AanvraagOordeel oordeel) {
        return switch (oordeel) {
            case AFWIJZING -> switch (soort) {
                case GEHEEL -> SS114;
                case TIJDELIJK -> SS115;
                case GEDEELTELIJK -> SS116;
                case ONBEKEND -> null;
            };
            case TOEKENNING -> switch (soort) {
                case GEHEEL -> SS107;
                case GEDEELTELIJK -> SS117;
                case TIJDELIJK, ONBEKEND -> null;
            };
            case ONBEKEND -> null;
        };
    }

    static Gebeurtenis ontheffing(Ontheffingsoort soort, AanvraagOordeel oordeel) {
        if (oordeel == AanvraagOordeel.AFWIJZING) {
            return SS118;
        }
        if (oordeel != AanvraagOordeel.TOEKENNING) {
            return null;
        }
        return switch (soort) {
            case GEHEEL -> SS108;
            // #3 gewijzigd ONDERDELEN_OPNIEUW_VASTGESTELD that follows is no gebeurtenis of its own
            case GEDEELTELIJK -> SS119;
            // Gebeurtenissen.md has no gebeurtenis for granted aangepaste examenomstandigheden (§11.1)
            case AANGEPASTE_EXAMENOMSTANDIGHEDEN, ONBEKEND -> null;
        };
    }
}
