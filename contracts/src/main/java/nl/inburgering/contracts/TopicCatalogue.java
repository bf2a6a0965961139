package nl.inburgering.contracts;

import static nl.inburgering.contracts.Ketenpartner.CBS;
import static nl.inburgering.contracts.Ketenpartner.COA;
import static nl.inburgering.contracts.Ketenpartner.DUO;
import static nl.inburgering.contracts.Ketenpartner.GEMEENTE;
import static nl.inburgering.contracts.Ketenpartner.IND;
import static nl.inburgering.contracts.Ketenpartner.INSTELLING;
import static nl.inburgering.contracts.Ketenpartner.SZW;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BeslissingBioGenomen;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldCoa;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldGemeente;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInd;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInstelling;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeringsaanbodVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGeleverd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.contracts.event.InburgeringstrajectGeleverd;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.contracts.event.IngezeteneOverleden;
import nl.inburgering.contracts.event.IngezeteneVertrokkenNaarBuitenland;
import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningAsielstatushouderGemeld;
import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.contracts.event.KlantprofielGedeeld;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.contracts.event.VerblijfsgegevensGeleverd;
import nl.inburgering.contracts.event.VerblijfsrechtGewijzigd;
import nl.inburgering.contracts.event.VoorinburgeringGeleverd;
import nl.inburgering.contracts.event.VrijstellingBeoordeeld;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;

/**
 * The single list of topics in the chain: who produces, who may consume, which event types and
 * which delivery agreement (seed Bijlage I §17.2, termijnen §14.3). Services take topic names and
 * CloudEvents types from here instead of string literals, and the README's subscription table is
 * generated from it.
 *
 * <p>A stelseldienst whose records are meant for different recipients (gemeenten, instellingen, COA next to the
 * gemeenten) has a topic per recipient, {@code <name>.<afnemer>}, and declares here with {@code perAfnemer} how each
 * consumer's recipients are found in the event (decision 0018); the outbox stores a record once per recipient topic.
 */
public final class TopicCatalogue {

    private static final String GEMEENTE_TIEN_WERKDAGEN = "zo snel mogelijk, maximaal 10 werkdagen na gebeurtenis";

    // ---- BRP-bijhouding (seed §3.2, §13.2, §13.3). Not a stelseldienst: registered by the
    // gemeente in the BRP; the partners whose process needs the mutation learn of it. One topic per kind of mutation, so a partner
    // that only needs inschrijvingen is not granted verhuizingen.

    public static final Topic BRP_INSCHRIJVINGEN = brp(Topics.BRP_INSCHRIJVINGEN,
            "BRP: inschrijving vreemdeling als ingezetene",
            // IND: #1 waits for it (§3.2); COA: its bewoner is ingeschreven in the AZC gemeente (§3.3); DUO: a plichtige
            // who left for the buitenland returned within the year (§13.3)
            Set.of(IND, COA, DUO),
            type("brp.ingezetene-ingeschreven", IngezeteneIngeschreven.class),
            "direct na inschrijving in de BRP");

    public static final Topic BRP_VERHUIZINGEN = brp(Topics.BRP_VERHUIZINGEN,
            "BRP: verhuizing naar een andere Nederlandse gemeente",
            Set.of(DUO, COA), // DUO: the vestigingsgemeente (§13.2); COA: its bewoner has left the AZC
            type("brp.ingezetene-verhuisd", IngezeteneVerhuisd.class),
            "direct na registratie van de verhuizing in de BRP");

    public static final Topic BRP_VERTREK_BUITENLAND = brp(Topics.BRP_VERTREK_BUITENLAND,
            "BRP: vertrek naar het buitenland",
            Set.of(DUO), // DUO: the plicht ends (§13.3)
            type("brp.ingezetene-vertrokken-naar-buitenland", IngezeteneVertrokkenNaarBuitenland.class),
            "direct na registratie van het vertrek in de BRP");

    public static final Topic BRP_OVERLIJDEN = brp(Topics.BRP_OVERLIJDEN,
            "BRP: overlijden",
            Set.of(DUO, COA), // DUO: the plicht ends, no further signals; COA: its bewoner died
            type("brp.ingezetene-overleden", IngezeteneOverleden.class),
            "direct na registratie van het overlijden in de BRP");

    // ---- IND

    public static final Topic VERBLIJFSDOELEN = new Topic(Topics.VERBLIJFSDOELEN, 1,
            "Verblijfsdoelen asielstatushouder, gezinsmigrant en overige migranten",
            IND, Set.of(DUO),
            List.of(type("verblijfsdoel-doorgegeven", VerblijfsdoelDoorgegeven.class)),
            Leveringsafspraak.direct("direct na inschrijving in BRP van persoon met verblijfsrecht"));

    public static final Topic WIJZIGING_VERBLIJFSRECHT = new Topic(Topics.WIJZIGING_VERBLIJFSRECHT, 2,
            "Wijziging verblijfsrecht",
            IND, Set.of(DUO),
            List.of(type("verblijfsrecht-gewijzigd", VerblijfsrechtGewijzigd.class)),
            Leveringsafspraak.direct("direct na wijziging verblijfsrecht"));

    // ---- DUO

    public static final Topic INBURGERINGSPLICHT = new Topic(Topics.INBURGERINGSPLICHT, 3,
            "Inburgeringsplicht vastgesteld / gewijzigd / beëindigd",
            DUO, Set.of(COA, GEMEENTE),
            List.of(type("inburgeringsplicht-vastgesteld", InburgeringsplichtVastgesteld.class),
                    type("inburgeringsplicht-gewijzigd", InburgeringsplichtGewijzigd.class),
                    type("inburgeringsplicht-beeindigd", InburgeringsplichtBeeindigd.class)),
            Leveringsafspraak.werkdagen(1, "1 werkdag na ontvangen triggerend signaal"))
            .perAfnemer(Adressering.allen(COA).alleenAls("ontvanger", "COA"),
                    Adressering.perGemeente("gemeentecode", "vorigeGemeentecode").behalveAls("ontvanger", "COA"));

    public static final Topic RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING = new Topic(
            Topics.RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING, 4,
            "Recht op maatschappelijke begeleiding",
            DUO, Set.of(GEMEENTE),
            List.of(type("recht-op-maatschappelijke-begeleiding-vastgesteld",
                    RechtOpMaatschappelijkeBegeleidingVastgesteld.class)),
            Leveringsafspraak.werkdagen(1, "1 werkdag na ontvangen triggerend signaal"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    public static final Topic INBURGERINGSTERMIJN = new Topic(Topics.INBURGERINGSTERMIJN, 5,
            "Inburgeringstermijn vastgesteld / gewijzigd",
            DUO, Set.of(GEMEENTE),
            List.of(type("inburgeringstermijn-vastgesteld", InburgeringstermijnVastgesteld.class),
                    type("inburgeringstermijn-gewijzigd", InburgeringstermijnGewijzigd.class)),
            Leveringsafspraak.direct("direct na vaststelling"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    // LeerbaarheidstoetsKlaargezet is no stelseldienst of its own (seed §4.2 "DUO zet opnieuw
    // klaar"); it travels with #6 because the same gemeente process consumes both.
    public static final Topic UITKOMST_LEERBAARHEIDSTOETS = new Topic(Topics.UITKOMST_LEERBAARHEIDSTOETS, 6,
            "Uitkomst leerbaarheidstoets",
            DUO, Set.of(GEMEENTE),
            List.of(type("leerbaarheidstoets-uitkomst-vastgesteld", LeerbaarheidstoetsUitkomstVastgesteld.class),
                    type("leerbaarheidstoets-klaargezet", LeerbaarheidstoetsKlaargezet.class)),
            Leveringsafspraak.dagen(2, "2 dagen na afnemen toets"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    // No stelseldienst of its own: DUO's answer to #16 (seed §4.2: the PIP is registered or comes back
    // with its reasons). DUO's M2M PIP API answers synchronously; a gemeente delivering by event
    // needs the same answer, and a PIP another gemeente system posted to the API shows up here too.
    public static final Topic REGISTRATIE_PIP = new Topic(Topics.REGISTRATIE_PIP, null,
            "Registratie PIP en inburgeringsaanbod (antwoord op #16)",
            DUO, Set.of(GEMEENTE),
            List.of(type("pip-geregistreerd", PipGeregistreerd.class),
                    type("pip-afgewezen", PipAfgewezen.class),
                    type("inburgeringsaanbod-geregistreerd", InburgeringsaanbodGeregistreerd.class),
                    type("inburgeringsaanbod-afgewezen", InburgeringsaanbodAfgewezen.class)),
            Leveringsafspraak.direct("direct na verwerking van #16"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    // No stelseldienst of its own: DUO's answer to #17 (seed §5.2, §6.2, §7.2), in the shape of the answer to #16.
    // DUO's M2M MAP, PVT en Z-route API answers synchronously; a gemeente delivering by event needs the same
    // answer, and a result (or a withdrawal) a gemeente system PUT to the API shows up here too.
    public static final Topic REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE = new Topic(
            Topics.REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, null,
            "Registratie resultaten PVT, MAP, Z-route (antwoord op #17)",
            DUO, Set.of(GEMEENTE),
            List.of(type("resultaat-pvt-map-zroute-geregistreerd", ResultaatPvtMapZrouteGeregistreerd.class),
                    type("resultaat-pvt-map-zroute-afgewezen", ResultaatPvtMapZrouteAfgewezen.class)),
            Leveringsafspraak.direct("direct na verwerking van #17"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    public static final Topic NOTIFICATIE_OM_REDEN = new Topic(Topics.NOTIFICATIE_OM_REDEN, 7,
            "Notificatie over inburgeringsplichtige om reden",
            DUO, Set.of(GEMEENTE),
            List.of(type("inburgeringsplichtige-gesignaleerd", InburgeringsplichtigeGesignaleerd.class)),
            Leveringsafspraak.bijMoment("4 weken voor einde termijn: direct; vooraankondiging boete: per dagtekening"
                    + " vooraankondiging; aanvraag verlenging: per datum volledige aanvraag"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    public static final Topic OPGELEGDE_BOETE = new Topic(Topics.OPGELEGDE_BOETE, 8,
            "Opgelegde boete",
            DUO, Set.of(GEMEENTE),
            List.of(type("boete-opgelegd", BoeteOpgelegd.class)),
            Leveringsafspraak.perDatum("per datum beschikking"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    public static final Topic BEOORDELING_AANVRAAG_VERLENGING = new Topic(Topics.BEOORDELING_AANVRAAG_VERLENGING, 9,
            "Beoordeling aanvraag verlenging",
            DUO, Set.of(GEMEENTE),
            List.of(type("aanvraag-verlenging-beoordeeld", AanvraagVerlengingBeoordeeld.class)),
            Leveringsafspraak.perDatum("per datum beschikking"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    // #10-#12: the IND asks DUO (pull) when it needs the data; it may also subscribe.
    public static final Topic BESCHIKKING_VOLDAAN = new Topic(Topics.BESCHIKKING_VOLDAAN, 10,
            "Beschikking voldaan inburgeringsplicht",
            DUO, Set.of(GEMEENTE, IND),
            List.of(type("inburgeringsplicht-voldaan", InburgeringsplichtVoldaan.class)),
            Leveringsafspraak.direct("direct na definitieve vaststelling (IND: pull)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"), Adressering.allen(IND));

    public static final Topic EINDOORDEEL_VRIJSTELLING = new Topic(Topics.EINDOORDEEL_VRIJSTELLING, 11,
            "Eindoordeel vrijstelling",
            DUO, Set.of(GEMEENTE, IND),
            List.of(type("vrijstelling-beoordeeld", VrijstellingBeoordeeld.class)),
            Leveringsafspraak.direct("direct bij datum afgifte beschikking (IND: pull)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"), Adressering.allen(IND));

    public static final Topic BESLISSING_ONTHEFFING = new Topic(Topics.BESLISSING_ONTHEFFING, 12,
            "Beslissing ontheffing (inclusief BIO)",
            DUO, Set.of(GEMEENTE, IND),
            List.of(type("ontheffing-beslist", OntheffingBeslist.class)),
            Leveringsafspraak.direct("direct bij datum afgifte beschikking (IND: pull)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"), Adressering.allen(IND));

    public static final Topic EXAMENRESULTATEN = new Topic(Topics.EXAMENRESULTATEN, 13,
            "Examenresultaten",
            DUO, Set.of(GEMEENTE, INSTELLING),
            List.of(type("examenresultaat-vastgesteld", ExamenresultaatVastgesteld.class)),
            Leveringsafspraak.werkdagen(1, "1 werkdag na vaststellen definitieve uitslag"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"), Adressering.perInstelling("instellingsnummers"));

    // ---- COA

    public static final Topic INBURGERAAR_GEKOPPELD_AAN_GEMEENTE = new Topic(
            Topics.INBURGERAAR_GEKOPPELD_AAN_GEMEENTE, 14,
            "Notificatie inburgeraar gekoppeld aan gemeente",
            COA, Set.of(GEMEENTE, DUO),
            List.of(type("inburgeraar-gekoppeld-aan-gemeente", InburgeraarGekoppeldAanGemeente.class)),
            Leveringsafspraak.geen("geen termijn afgesproken (§14.3)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode", "vorigeGemeentecode"), Adressering.allen(DUO));

    public static final Topic KLANTPROFIEL = new Topic(Topics.KLANTPROFIEL, 15,
            "Klantprofiel",
            COA, Set.of(GEMEENTE),
            List.of(type("klantprofiel-gedeeld", KlantprofielGedeeld.class)),
            Leveringsafspraak.bijMoment("op de 4 beschreven momenten (ntb)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    // ---- gemeente

    public static final Topic VASTGESTELDE_GEGEVENS_PIP = new Topic(Topics.VASTGESTELDE_GEGEVENS_PIP, 16,
            "(Wijzigingen op) Vastgestelde gegevens uit PIP (incl. inburgeringsaanbod)",
            GEMEENTE, Set.of(DUO),
            List.of(type("pip-vastgesteld", PipVastgesteld.class),
                    type("pip-gewijzigd", PipGewijzigd.class),
                    type("inburgeringsaanbod-vastgesteld", InburgeringsaanbodVastgesteld.class),
                    type("doelgroepkeuze-doorgegeven", DoelgroepkeuzeDoorgegeven.class)),
            Leveringsafspraak.werkdagen(10, GEMEENTE_TIEN_WERKDAGEN));

    public static final Topic RESULTATEN_PVT_MAP_ZROUTE = new Topic(Topics.RESULTATEN_PVT_MAP_ZROUTE, 17,
            "Resultaten PVT, MAP, Z-route",
            GEMEENTE, Set.of(DUO),
            List.of(type("pvt-resultaat-vastgesteld", PvtResultaatVastgesteld.class),
                    type("map-resultaat-vastgesteld", MapResultaatVastgesteld.class),
                    type("zroute-onderdeel-afgerond", ZrouteOnderdeelAfgerond.class),
                    type("gevolgde-uren-gemeld", GevolgdeUrenGemeld.class)),
            Leveringsafspraak.werkdagen(10, GEMEENTE_TIEN_WERKDAGEN + ", met uitzonderingen (§14.2.1)"));

    // No stelseldienst of its own: the toetsbegeleider's verklaring that DUO needs before it may
    // deliver #6, or after which it sets a new toets ready (seed §4.2).
    public static final Topic VERLOOP_LEERBAARHEIDSTOETS = new Topic(Topics.VERLOOP_LEERBAARHEIDSTOETS, null,
            "Verklaring (negatief) ordentelijk verloop leerbaarheidstoets",
            GEMEENTE, Set.of(DUO),
            List.of(type("leerbaarheidstoets-verloop-verklaard", LeerbaarheidstoetsVerloopVerklaard.class)),
            Leveringsafspraak.direct("op de dag van afname"));

    // #18 has three routes (seed §15.5). One topic per route rather than per producer: Kafka ACLs
    // work per topic, and DUO must be unable to read asielstatushouder inspanning straight from
    // the instelling (one source per fact: the gemeente).

    public static final Topic INSPANNING_INSTELLING_GEZINSMIGRANT = new Topic(
            Topics.INSPANNING_INSTELLING_GEZINSMIGRANT, 18,
            "Inspanning inburgeraar bij instelling (gezinsmigrant en overige migrant, instelling → DUO)",
            INSTELLING, Set.of(DUO),
            List.of(type("inspanning.gezinsmigrant-gemeld", InspanningGezinsmigrantGemeld.class)),
            Leveringsafspraak.bijMoment("ntb, in ieder geval bij specifieke gebeurtenissen (§14.2.1)"));

    public static final Topic INSPANNING_INSTELLING_ASIELSTATUSHOUDER = new Topic(
            Topics.INSPANNING_INSTELLING_ASIELSTATUSHOUDER, 18,
            "Inspanning inburgeraar bij instelling (asielstatushouder, instelling → gemeente)",
            INSTELLING, Set.of(GEMEENTE),
            List.of(type("inspanning.asielstatushouder-gemeld", InspanningAsielstatushouderGemeld.class)),
            Leveringsafspraak.bijMoment("ntb, in ieder geval bij specifieke gebeurtenissen (§14.2.1)"))
            .perAfnemer(Adressering.perGemeente("gemeentecode"));

    public static final Topic INSPANNING_GEMEENTE_ASIELSTATUSHOUDER = new Topic(
            Topics.INSPANNING_GEMEENTE_ASIELSTATUSHOUDER, 18,
            "Inspanning inburgeraar bij instelling (asielstatushouder, gemeente → DUO)",
            GEMEENTE, Set.of(DUO),
            List.of(type("inspanning.asielstatushouder-doorgegeven", InspanningAsielstatushouderDoorgegeven.class)),
            Leveringsafspraak.bijMoment("in ieder geval bij specifieke gebeurtenissen (§14.2.1)"));

    public static final Topic OVERDRACHT_INBURGERAAR = new Topic(Topics.OVERDRACHT_INBURGERAAR, 19,
            "Overdracht inburgeraar",
            GEMEENTE, Set.of(GEMEENTE),
            List.of(type("overdracht-inburgeraar-gevraagd", OverdrachtInburgeraarGevraagd.class),
                    type("inburgeraar-overgedragen", InburgeraarOvergedragen.class)),
            Leveringsafspraak.maanden(1, "1 maand"))
            .perAfnemer(Adressering.perGemeente("gemeentecodeOud", "gemeentecodeNieuw"));

    // ---- instelling

    public static final Topic INSCHRIJVING_BIJ_INSTELLING = new Topic(Topics.INSCHRIJVING_BIJ_INSTELLING, 20,
            "Inschrijving inburgeraar bij instelling",
            INSTELLING, Set.of(DUO),
            List.of(type("inburgeraar-ingeschreven-bij-instelling", InburgeraarIngeschrevenBijInstelling.class),
                    type("inburgeraar-uitgeschreven-bij-instelling", InburgeraarUitgeschrevenBijInstelling.class)),
            Leveringsafspraak.naderTeBepalen("ntb"));

    // ---- SZW (no own service: its decision enters through DUO's backoffice with an SZW role)

    public static final Topic BESLISSING_BIO = new Topic(Topics.BESLISSING_BIO, 21,
            "Informeren beslissing BIO",
            SZW, Set.of(DUO),
            List.of(type("beslissing-bio-genomen", BeslissingBioGenomen.class)),
            Leveringsafspraak.geen("geen termijn afgesproken (§14.3)"));

    // ---- Lening (§12): no stelseldienst, but the invoices of the instellingen and DUO's judgement of them travel
    // through the chain like one (the Wi2013 agreements on invoicing stay in force, §12.2 footnote 5).

    public static final Topic FACTUREN_INSTELLING = new Topic(Topics.FACTUREN_INSTELLING, null,
            "Lening: factuur van een instelling",
            INSTELLING, Set.of(DUO),
            List.of(type("lening.factuur-ingediend", FactuurIngediend.class)),
            Leveringsafspraak.geen("afspraken over facturatie uit de Wet inburgering 2013 (§12.2)"));

    public static final Topic FACTUURBEOORDELINGEN = new Topic(Topics.FACTUURBEOORDELINGEN, null,
            "Lening: beoordeling factuur",
            DUO, Set.of(INSTELLING),
            List.of(type("lening.factuur-beoordeeld", FactuurBeoordeeld.class)),
            Leveringsafspraak.geen("afspraken over facturatie uit de Wet inburgering 2013 (§12.2)"))
            .perAfnemer(Adressering.perInstelling("instellingsnummer"));

    // ---- #22 to CBS: one topic per producer, each with only pseudonymised data that producer holds.

    public static final Topic MONITORING_IND = monitoring(Topics.MONITORING_IND, IND,
            type("monitoring.verblijfsgegevens-geleverd", VerblijfsgegevensGeleverd.class),
            "per leveringsovereenkomst");

    public static final Topic MONITORING_COA = monitoring(Topics.MONITORING_COA, COA,
            type("monitoring.voorinburgering-geleverd", VoorinburgeringGeleverd.class),
            "per leveringsovereenkomst");

    public static final Topic MONITORING_GEMEENTE = monitoring(Topics.MONITORING_GEMEENTE, GEMEENTE,
            type("monitoring.inburgeringstraject-geleverd", InburgeringstrajectGeleverd.class),
            "volgens richtlijnen en technische beschrijvingen van het CBS");

    public static final Topic MONITORING_DUO = monitoring(Topics.MONITORING_DUO, DUO,
            type("monitoring.inburgeringsplicht-geleverd", InburgeringsplichtGeleverd.class),
            "per leveringsovereenkomst");

    // ---- The delivery agreements as each partner counted them (issue 16 part 3, decision 0042): no stelseldienst,
    // counts only (no person, no BSN, no event id), one topic per producing partner, published periodically by the
    // platform of every service except DUO's (DUO's own figures are read in place). The consumer is SZW, for its
    // chain report; SZW has no service of its own, so DUO's service reads them on its behalf (decision 0035) and the
    // catalogue names DUO the afnemer (its principal's ACLs, its inbox's producer check stay as for any topic).

    public static final Topic LEVERINGSAFSPRAKEN_IND = leveringsafspraken(Topics.LEVERINGSAFSPRAKEN_IND, IND,
            type("keten.leveringsafspraken-geteld.ind", LeveringsafsprakenGeteldInd.class));

    public static final Topic LEVERINGSAFSPRAKEN_COA = leveringsafspraken(Topics.LEVERINGSAFSPRAKEN_COA, COA,
            type("keten.leveringsafspraken-geteld.coa", LeveringsafsprakenGeteldCoa.class));

    public static final Topic LEVERINGSAFSPRAKEN_GEMEENTE = leveringsafspraken(Topics.LEVERINGSAFSPRAKEN_GEMEENTE,
            GEMEENTE, type("keten.leveringsafspraken-geteld.gemeente", LeveringsafsprakenGeteldGemeente.class));

    public static final Topic LEVERINGSAFSPRAKEN_INSTELLING = leveringsafspraken(
            Topics.LEVERINGSAFSPRAKEN_INSTELLING, INSTELLING,
            type("keten.leveringsafspraken-geteld.instelling", LeveringsafsprakenGeteldInstelling.class));

    private static final List<Topic> ALL = List.of(
            BRP_INSCHRIJVINGEN, BRP_VERHUIZINGEN, BRP_VERTREK_BUITENLAND, BRP_OVERLIJDEN,
            VERBLIJFSDOELEN, WIJZIGING_VERBLIJFSRECHT,
            INBURGERINGSPLICHT, RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING, INBURGERINGSTERMIJN,
            UITKOMST_LEERBAARHEIDSTOETS, REGISTRATIE_PIP, REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE, NOTIFICATIE_OM_REDEN, OPGELEGDE_BOETE,
            BEOORDELING_AANVRAAG_VERLENGING, BESCHIKKING_VOLDAAN, EINDOORDEEL_VRIJSTELLING,
            BESLISSING_ONTHEFFING, EXAMENRESULTATEN,
            INBURGERAAR_GEKOPPELD_AAN_GEMEENTE, KLANTPROFIEL,
            VASTGESTELDE_GEGEVENS_PIP, RESULTATEN_PVT_MAP_ZROUTE, VERLOOP_LEERBAARHEIDSTOETS,
            INSPANNING_INSTELLING_GEZINSMIGRANT, INSPANNING_INSTELLING_ASIELSTATUSHOUDER,
            INSPANNING_GEMEENTE_ASIELSTATUSHOUDER,
            OVERDRACHT_INBURGERAAR, INSCHRIJVING_BIJ_INSTELLING, BESLISSING_BIO,
            FACTUREN_INSTELLING, FACTUURBEOORDELINGEN,
            MONITORING_IND, MONITORING_COA, MONITORING_GEMEENTE, MONITORING_DUO,
            LEVERINGSAFSPRAKEN_IND, LEVERINGSAFSPRAKEN_COA, LEVERINGSAFSPRAKEN_GEMEENTE, LEVERINGSAFSPRAKEN_INSTELLING);

    private static final Map<String, Topic> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Topic::name, Function.identity()));

    private TopicCatalogue() {
    }

    /** Every topic: BRP first, then by stelseldienst number. */
    public static List<Topic> all() {
        return ALL;
    }

    /**
     * The stelseldienst of a topic: by its name, or by the name of one of its topics per recipient
     * ({@code duo.inburgeringsplicht.v1.gemeente.0363} is {@link #INBURGERINGSPLICHT}).
     */
    public static Topic byName(String name) {
        Topic topic = BY_NAME.get(name);
        if (topic == null) {
            topic = ALL.stream().filter(t -> t.afnemerVan(name).isPresent()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown topic " + name));
        }
        return topic;
    }

    /** The recipient of a topic per recipient ({@code ...v1.gemeente.0363}: gemeente 0363); empty for any other. */
    public static java.util.Optional<Afnemer> afnemerVan(String topic) {
        return ALL.stream().map(t -> t.afnemerVan(topic)).flatMap(java.util.Optional::stream).findFirst();
    }

    /**
     * The topics {@code partner} reads as the recipients {@code codes} (its gemeentecodes or instellingsnummers;
     * ignored for a partner that is one organisation): of every stelseldienst it consumes, the one topic or its own
     * topics per recipient. What its principal may READ on a shared cluster.
     */
    public static Set<String> topicsGelezenDoor(Ketenpartner partner, java.util.Collection<String> codes) {
        return ALL.stream().flatMap(t -> t.topicsVoor(partner, codes).stream())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Every topic of the chain for the recipients {@code gemeenten} and {@code instellingen}: the single topics, and
     * of every stelseldienst per recipient the topic of each of its consumers (per gemeente, per instelling).
     */
    public static Set<String> alleTopics(java.util.Collection<String> gemeenten, java.util.Collection<String> instellingen) {
        Set<String> topics = new java.util.TreeSet<>();
        for (Topic topic : ALL) {
            for (Ketenpartner consument : topic.consumers()) {
                topics.addAll(topic.topicsVoor(consument, consument == INSTELLING ? instellingen : gemeenten));
            }
            if (topic.consumers().isEmpty()) {
                topics.add(topic.name());
            }
        }
        return topics;
    }

    /**
     * The topic on which {@code partner} publishes the delivery agreements it counted (decision 0042); empty for a
     * partner whose figures are not published (DUO reads its own in place; SZW and CBS count nothing).
     */
    public static java.util.Optional<Topic> leveringsafsprakenVan(Ketenpartner partner) {
        return java.util.Optional.ofNullable(switch (partner) {
            case IND -> LEVERINGSAFSPRAKEN_IND;
            case COA -> LEVERINGSAFSPRAKEN_COA;
            case GEMEENTE -> LEVERINGSAFSPRAKEN_GEMEENTE;
            case INSTELLING -> LEVERINGSAFSPRAKEN_INSTELLING;
            default -> null;
        });
    }

    /** The topic that carries events with this payload class. */
    public static Topic forSchema(Class<?> schema) {
        return ALL.stream()
                .filter(t -> t.carries(schema))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        schema.getName() + " is not registered on any topic"));
    }

    public static EventType eventTypeOf(Class<?> schema) {
        return forSchema(schema).eventType(schema);
    }

    /** The topics this partner may read (its Kafka ACLs), which its listeners read once its processes are built. */
    public static Set<String> consumedBy(Ketenpartner partner) {
        return ALL.stream().filter(t -> t.consumers().contains(partner)).map(Topic::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The topics this partner writes. */
    public static Set<String> producedBy(Ketenpartner partner) {
        return ALL.stream().filter(t -> t.producer() == partner).map(Topic::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The topics of one stelseldienst; #18 and #22 have several (one per route or producer). */
    public static List<Topic> byStelseldienst(int nummer) {
        return ALL.stream().filter(t -> t.stelseldienst() != null && t.stelseldienst() == nummer).toList();
    }

    private static EventType type(String suffix, Class<? extends org.apache.avro.specific.SpecificRecord> schema) {
        return EventType.of(suffix, schema);
    }

    private static Topic brp(String name, String titel, Set<Ketenpartner> consumers, EventType eventType,
            String termijn) {
        return new Topic(name, null, titel, GEMEENTE, consumers, List.of(eventType), Leveringsafspraak.direct(termijn));
    }

    private static Topic monitoring(String name, Ketenpartner producer, EventType eventType, String termijn) {
        return new Topic(name, 22, "Informatie tbv monitoring en evaluatie", producer, Set.of(CBS),
                List.of(eventType), Leveringsafspraak.bijMoment(termijn));
    }

    private static Topic leveringsafspraken(String name, Ketenpartner producer, EventType eventType) {
        return new Topic(name, null, "Leveringsafspraken geteld door " + producer.name().toLowerCase(java.util.Locale.ROOT)
                + " (voor het ketenrapport van SZW)", producer, Set.of(DUO), List.of(eventType),
                Leveringsafspraak.geen("periodiek (keten.leveringsafspraken.interval); geen termijn afgesproken"));
    }
}
