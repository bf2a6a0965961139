package nl.inburgering.contracts.testdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.AsielrechtenWijzigingVerblijfsdoel;
import nl.inburgering.contracts.common.Boeteonderdeel;
import nl.inburgering.contracts.common.Boeteregel;
import nl.inburgering.contracts.common.Contractpartij;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Inburgeringsaanbod;
import nl.inburgering.contracts.common.Inburgeringsstatus;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.common.Factuuroordeel;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.Ontheffingsgrond;
import nl.inburgering.contracts.common.Ontheffingsoort;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.RedenVrijstelling;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringstermijn;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.common.SoortWijzigingVerblijfsrecht;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.common.Vrijstellingsoort;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.common.ZrouteOnderdeel;
import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BeslissingBioGenomen;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.DoelgroepkeuzeDoorgegeven;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
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
import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.contracts.event.OverdrachtInburgeraarGevraagd;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.contracts.event.PipGewijzigd;
import nl.inburgering.contracts.event.PipVastgesteld;
import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.contracts.event.RechtOpMaatschappelijkeBegeleidingVastgesteld;
import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.contracts.event.VerblijfsgegevensGeleverd;
import nl.inburgering.contracts.event.VerblijfsrechtGewijzigd;
import nl.inburgering.contracts.event.VoorinburgeringGeleverd;
import nl.inburgering.contracts.event.VrijstellingBeoordeeld;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;
import nl.inburgering.contracts.common.Leveringstelling;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldCoa;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldGemeente;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInd;
import nl.inburgering.contracts.event.LeveringsafsprakenGeteldInstelling;

/**
 * One factory per contract event, each returning the event's Avro {@code Builder} with every required field
 * already set to a value the chain accepts: a BSN that passes the elfproef, a 4-digit CBS-gemeentecode, dates
 * around {@link #DATUM} in a plausible order, decimals with the schema's scale, an enum symbol other than the
 * reader's fallback {@code ONBEKEND}, nested records built the same way.
 *
 * <p>Why: a test should name only what it is about. {@code inburgeringsplichtVastgesteld().setBsn(bsn).build()}
 * says the test cares about the BSN and nothing else; a hand-built event repeats ten fields nobody reads and breaks
 * whenever a schema gains a required field. Because the factories return the generated builder, every field stays
 * overridable (including nested records via {@code getXxxBuilder()}).
 *
 * <p>The defaults tell one story: an asielstatushouder ({@link #BSN}, {@link #V_NUMMER}) living in Amsterdam
 * ({@link #GEMEENTECODE}), who came from Rotterdam ({@link #VORIGE_GEMEENTECODE}) where a move is involved, follows
 * the B1-route at instelling {@link #INSTELLINGSNUMMER}. Optional (nullable) fields stay {@code null} unless the
 * required fields would otherwise contradict them (e.g. a toegekende verlenging carries its new einddatum).
 *
 * <p>{@code ContractEventsTest} fails when an event schema has no factory here, so a new schema needs one.
 */
public final class ContractEvents {

    /** A BSN that passes the elfproef (test range 99999xxxx). */
    public static final String BSN = "999990019";
    /** A second valid BSN, for tests that need two persons. */
    public static final String ANDERE_BSN = "999993653";
    /** V-nummer (vreemdelingennummer) of the IND: 10 digits. */
    public static final String V_NUMMER = "1234567890";
    /** CBS-gemeentecode of Amsterdam: the gemeente every event is about or for. */
    public static final String GEMEENTECODE = "0363";
    /** CBS-gemeentecode of Rotterdam: the former gemeente where an event involves a move. */
    public static final String VORIGE_GEMEENTECODE = "0599";
    /** DUO-instellingsnummer as the chain writes it (no leading zeros). */
    public static final String INSTELLINGSNUMMER = "12345";
    /** Examennummer as DUO's Leerbaarheidstoets API gives it ({@code LBT} and 9 digits, 12 characters). */
    public static final String EXAMENNUMMER = "LBT000000001";
    /** Nationaliteit (ISO 3166-1 alpha-2) outside the EU/EER, so inburgeringsplichtig. */
    public static final String NATIONALITEIT = "SY";
    /** Pseudoniem for the CBS feeds (#22): never a BSN. */
    public static final String PSEUDONIEM = "CBS-PSN-4F7A2C91E0B3";

    /** The day of the fact each event reports. */
    public static final LocalDate DATUM = LocalDate.of(2026, 11, 2);
    public static final LocalDate GEBOORTEDATUM = LocalDate.of(1990, 5, 17);

    private static final LocalDate INGANGSDATUM_VERBLIJFSRECHT = LocalDate.of(2026, 10, 1);
    /** Day of the move from {@link #VORIGE_GEMEENTECODE} to {@link #GEMEENTECODE}. */
    private static final LocalDate DATUM_VERHUIZING = LocalDate.of(2026, 10, 26);
    /** A new termijn: three years from the day after the dagtekening of the first PIP on {@link #DATUM} (Wi2021 art. 11). */
    private static final LocalDate STARTDATUM_NIEUWE_TERMIJN = DATUM.plusDays(1);
    private static final LocalDate EINDDATUM_NIEUWE_TERMIJN = DATUM.plusYears(3);
    /** A running termijn that ends four weeks after {@link #DATUM}: the one DUO signals about and extends. */
    private static final LocalDate EINDDATUM_LOPENDE_TERMIJN = DATUM.plusWeeks(4);
    private static final LocalDate STARTDATUM_LOPENDE_TERMIJN = EINDDATUM_LOPENDE_TERMIJN.minusYears(3).plusDays(1);
    /** The lopende termijn verlengd op verzoek by half a year. */
    private static final LocalDate EINDDATUM_VERLENGDE_TERMIJN = EINDDATUM_LOPENDE_TERMIJN.plusMonths(6);

    private ContractEvents() {
    }

    // ---- BRP-bijhouding (gemeente)

    public static IngezeteneIngeschreven.Builder ingezeteneIngeschreven() {
        return IngezeteneIngeschreven.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumInschrijving(DATUM)
                .setGeboortedatum(GEBOORTEDATUM);
    }

    /** From Rotterdam ({@link #VORIGE_GEMEENTECODE}) to Amsterdam ({@link #GEMEENTECODE}). */
    public static IngezeteneVerhuisd.Builder ingezeteneVerhuisd() {
        return IngezeteneVerhuisd.newBuilder()
                .setBsn(BSN)
                .setGemeentecodeOud(VORIGE_GEMEENTECODE)
                .setGemeentecodeNieuw(GEMEENTECODE)
                .setDatumVerhuizing(DATUM_VERHUIZING);
    }

    public static IngezeteneVertrokkenNaarBuitenland.Builder ingezeteneVertrokkenNaarBuitenland() {
        return IngezeteneVertrokkenNaarBuitenland.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumVertrek(DATUM);
    }

    public static IngezeteneOverleden.Builder ingezeteneOverleden() {
        return IngezeteneOverleden.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumOverlijden(DATUM);
    }

    // ---- IND (#1, #2)

    /** An asielvergunning, ingeschreven in Amsterdam; the opvang in a COA location unknown (as before v2). */
    public static VerblijfsdoelDoorgegeven.Builder verblijfsdoelDoorgegeven() {
        return VerblijfsdoelDoorgegeven.newBuilder()
                .setVNummer(V_NUMMER)
                .setBsn(BSN)
                .setGeboortedatum(GEBOORTEDATUM)
                .setNationaliteit(NATIONALITEIT)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL)
                .setIngangsdatumVerblijfsrecht(INGANGSDATUM_VERBLIJFSRECHT)
                .setGemeentecodeInschrijving(GEMEENTECODE)
                .setDatumInschrijving(DATUM)
                .setOpvangInCoaLocatie(null);
    }

    /** A gezinsmigrant who is granted asiel (a doelgroepwijziging, seed §13.4). */
    public static VerblijfsrechtGewijzigd.Builder verblijfsrechtGewijzigd() {
        return VerblijfsrechtGewijzigd.newBuilder()
                .setVNummer(V_NUMMER)
                .setBsn(BSN)
                .setSoortWijziging(SoortWijzigingVerblijfsrecht.VERBLIJFSDOEL_GEWIJZIGD)
                .setVorigVerblijfsdoel(Verblijfsdoel.GEZINSHERENIGING)
                .setNieuwVerblijfsdoel(Verblijfsdoel.ASIEL)
                .setIngangsdatumWijziging(DATUM)
                .setGemeentecodeInschrijving(GEMEENTECODE);
    }

    // ---- DUO (#3 - #13 and the answers to #16)

    public static InburgeringsplichtVastgesteld.Builder inburgeringsplichtVastgesteld() {
        return InburgeringsplichtVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setBegindatum(DATUM)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setDatumVaststelling(DATUM)
                .setGeboortedatum(GEBOORTEDATUM)
                .setAanleiding(Aanleiding.NIEUW);
    }

    /** After the move from Rotterdam: the full current plicht for the new gemeente, nothing behaald yet. */
    public static InburgeringsplichtGewijzigd.Builder inburgeringsplichtGewijzigd() {
        return InburgeringsplichtGewijzigd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setVorigeGemeentecode(VORIGE_GEMEENTECODE)
                .setRedenWijziging(RedenWijzigingInburgeringsplicht.GEMEENTE_GEWIJZIGD)
                .setBegindatum(DATUM.minusMonths(8))
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setOpenstaandeOnderdelen(List.of(Plichtonderdeel.KNM, Plichtonderdeel.LE, Plichtonderdeel.LU,
                        Plichtonderdeel.SC, Plichtonderdeel.SP, Plichtonderdeel.PVT, Plichtonderdeel.MAP))
                .setDatumWijziging(DATUM)
                .setGeboortedatum(GEBOORTEDATUM);
    }

    public static InburgeringsplichtBeeindigd.Builder inburgeringsplichtBeeindigd() {
        return InburgeringsplichtBeeindigd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setEinddatum(DATUM)
                .setRedenGeenInburgeringsplicht(RedenGeenInburgeringsplicht.INBURGERINGSPLICHT_VOLDAAN)
                .setDatumVaststelling(DATUM);
    }

    public static RechtOpMaatschappelijkeBegeleidingVastgesteld.Builder rechtOpMaatschappelijkeBegeleidingVastgesteld() {
        return RechtOpMaatschappelijkeBegeleidingVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setIngangsdatum(DATUM)
                .setDatumVaststelling(DATUM);
    }

    /** Based on a first PIP dated {@link #DATUM}: from the next day, three years (2026-11-03 up to 2029-11-02). */
    public static InburgeringstermijnVastgesteld.Builder inburgeringstermijnVastgesteld() {
        return InburgeringstermijnVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setStartdatum(STARTDATUM_NIEUWE_TERMIJN)
                .setEinddatum(EINDDATUM_NIEUWE_TERMIJN)
                .setDagtekeningPip(DATUM)
                .setDatumVaststelling(DATUM);
    }

    /** A termijn ending four weeks after {@link #DATUM} verlengd op verzoek by half a year, decided on {@link #DATUM}. */
    public static InburgeringstermijnGewijzigd.Builder inburgeringstermijnGewijzigd() {
        return InburgeringstermijnGewijzigd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setRedenWijziging(RedenWijzigingInburgeringstermijn.VERLENGING_OP_VERZOEK)
                .setStartdatum(STARTDATUM_LOPENDE_TERMIJN)
                .setEinddatum(EINDDATUM_VERLENGDE_TERMIJN)
                .setVorigeEinddatum(EINDDATUM_LOPENDE_TERMIJN)
                .setDatumWijziging(DATUM);
    }

    public static LeerbaarheidstoetsKlaargezet.Builder leerbaarheidstoetsKlaargezet() {
        return LeerbaarheidstoetsKlaargezet.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumKlaargezet(DATUM)
                .setExamennummer(EXAMENNUMMER);
    }

    public static LeerbaarheidstoetsUitkomstVastgesteld.Builder leerbaarheidstoetsUitkomstVastgesteld() {
        return LeerbaarheidstoetsUitkomstVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setResultaat(LeerbaarheidstoetsResultaat.B1_ROUTE_HAALBAAR)
                .setDatumAfname(DATUM);
    }

    /** The first PIP, B1-route on B1. */
    public static PipGeregistreerd.Builder pipGeregistreerd() {
        return PipGeregistreerd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDagtekeningPip(DATUM)
                .setLeerroute(Leerroute.B1_ROUTE)
                .setNiveau(NiveauPip.B1)
                .setEerstePip(true)
                .setDatumRegistratie(DATUM);
    }

    public static PipAfgewezen.Builder pipAfgewezen() {
        return PipAfgewezen.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDagtekeningPip(DATUM)
                .setWijziging(false)
                .setRedenen(List.of(afwijzingsreden().build()))
                .setDatumAfwijzing(DATUM);
    }

    /** DUO registered the PVT signed a week before {@link #DATUM}, delivered over #17. */
    public static ResultaatPvtMapZrouteGeregistreerd.Builder resultaatPvtMapZrouteGeregistreerd() {
        return ResultaatPvtMapZrouteGeregistreerd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setOnderdeel(OnderdeelPvtMapZroute.PVT)
                .setDatum(DATUM.minusWeeks(1))
                .setVerwijtbaar(null)
                .setIngetrokken(false)
                .setViaM2m(false)
                .setDatumRegistratie(DATUM);
    }

    /** DUO refused the PVT signed a week before {@link #DATUM}, with one reason. */
    public static ResultaatPvtMapZrouteAfgewezen.Builder resultaatPvtMapZrouteAfgewezen() {
        return ResultaatPvtMapZrouteAfgewezen.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setOnderdeel(OnderdeelPvtMapZroute.PVT)
                .setDatum(DATUM.minusWeeks(1))
                .setVerwijtbaar(null)
                .setViaM2m(false)
                .setRedenen(List.of(afwijzingsreden().build()))
                .setDatumAfwijzing(DATUM);
    }

    public static InburgeringsaanbodGeregistreerd.Builder inburgeringsaanbodGeregistreerd() {
        return InburgeringsaanbodGeregistreerd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumInburgeringsaanbod(DATUM)
                .setInstellingsnummers(List.of(INSTELLINGSNUMMER))
                .setDatumRegistratie(DATUM);
    }

    public static InburgeringsaanbodAfgewezen.Builder inburgeringsaanbodAfgewezen() {
        return InburgeringsaanbodAfgewezen.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumInburgeringsaanbod(DATUM)
                .setRedenen(List.of(Afwijzingsreden.newBuilder()
                        .setCode("INSTELLING_NIET_ERKEND")
                        .setOmschrijving("De instelling is niet erkend.")
                        .build()))
                .setDatumAfwijzing(DATUM);
    }

    /** Four weeks before the end of the termijn. */
    public static InburgeringsplichtigeGesignaleerd.Builder inburgeringsplichtigeGesignaleerd() {
        return InburgeringsplichtigeGesignaleerd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setReden(Signaleringsreden.VIER_WEKEN_VOOR_EINDE_TERMIJN)
                .setEinddatumInburgeringstermijn(EINDDATUM_LOPENDE_TERMIJN)
                .setDatumSignalering(DATUM);
    }

    /** One boete for the leerroute; totaalbedrag is the sum of the boeteregels. */
    public static BoeteOpgelegd.Builder boeteOpgelegd() {
        return BoeteOpgelegd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setBeschikkingskenmerk("DUO-B-2026-0001")
                .setBoeteregels(List.of(boeteregel().build()))
                .setTotaalbedrag(new BigDecimal("500.00"))
                .setDatumBeschikking(DATUM)
                .setAanleiding(Aanleiding.NIEUW);
    }

    /** A toegekende verlenging of a termijn ending four weeks after {@link #DATUM}, with the new einddatum it grants. */
    public static AanvraagVerlengingBeoordeeld.Builder aanvraagVerlengingBeoordeeld() {
        return AanvraagVerlengingBeoordeeld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setOordeel(AanvraagOordeel.TOEKENNING)
                .setDatumAanvraag(DATUM.minusWeeks(3))
                .setDatumBeschikking(DATUM)
                .setNieuweEinddatumInburgeringstermijn(EINDDATUM_VERLENGDE_TERMIJN);
    }

    public static InburgeringsplichtVoldaan.Builder inburgeringsplichtVoldaan() {
        return InburgeringsplichtVoldaan.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumBeschikking(DATUM)
                .setDatumVoldaan(DATUM.minusWeeks(2))
                .setLeerroute(Leerroute.B1_ROUTE)
                .setWaardepapier(Waardepapier.INBURGERINGSDIPLOMA);
    }

    /** A gehele vrijstelling toegekend on a recognised diploma (DIP). */
    public static VrijstellingBeoordeeld.Builder vrijstellingBeoordeeld() {
        return VrijstellingBeoordeeld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setSoort(Vrijstellingsoort.GEHEEL)
                .setOordeel(AanvraagOordeel.TOEKENNING)
                .setReden(RedenVrijstelling.DIP)
                .setDatumOordeel(DATUM);
    }

    /** A gehele medische ontheffing toegekend. */
    public static OntheffingBeslist.Builder ontheffingBeslist() {
        return OntheffingBeslist.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setSoort(Ontheffingsoort.GEHEEL)
                .setGrond(Ontheffingsgrond.MED)
                .setOordeel(AanvraagOordeel.TOEKENNING)
                .setDatumOordeel(DATUM);
    }

    /** Lezen on B1 passed, for the gemeente and the instelling where the inburgeraar is ingeschreven. */
    public static ExamenresultaatVastgesteld.Builder examenresultaatVastgesteld() {
        return ExamenresultaatVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setInstellingsnummers(List.of(INSTELLINGSNUMMER))
                .setOnderdeel(Examenonderdeel.LE)
                .setNiveau(Examenniveau.B1)
                .setExamendatum(DATUM.minusWeeks(3))
                .setUitslag(Examenuitslag.GESLAAGD)
                .setDatumDefinitieveUitslag(DATUM)
                .setAanleiding(Aanleiding.NIEUW);
    }

    // ---- COA (#14, #15)

    public static InburgeraarGekoppeldAanGemeente.Builder inburgeraarGekoppeldAanGemeente() {
        return InburgeraarGekoppeldAanGemeente.newBuilder()
                .setBsn(BSN)
                .setVNummer(V_NUMMER)
                .setGemeentecode(GEMEENTECODE)
                .setDatumKoppeling(DATUM);
    }

    /** The profile shared at the koppeling; no alfabetisering needed. */
    public static KlantprofielGedeeld.Builder klantprofielGedeeld() {
        return KlantprofielGedeeld.newBuilder()
                .setBsn(BSN)
                .setVNummer(V_NUMMER)
                .setGemeentecode(GEMEENTECODE)
                .setMoment(Klantprofielmoment.KOPPELING)
                .setDatumBijgewerkt(DATUM)
                .setAlfabetiseringsbehoefte(Alfabetiseringsonderwijs.NVT);
    }

    // ---- Gemeente (#16 - #19, verloop leerbaarheidstoets)

    public static PipVastgesteld.Builder pipVastgesteld() {
        return PipVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setPip(pipGegevens().build());
    }

    /** Afgeschaald from B1 to A2, dated {@link #DATUM} (the PIP's dagtekening is that of the changed beschikking). */
    public static PipGewijzigd.Builder pipGewijzigd() {
        return PipGewijzigd.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setRedenWijziging(RedenWijzigingPip.AFSCHALEN)
                .setDatumWijziging(DATUM)
                .setPip(pipGegevens().setNiveau(NiveauPip.A2).build());
    }

    public static InburgeringsaanbodVastgesteld.Builder inburgeringsaanbodVastgesteld() {
        return InburgeringsaanbodVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setInburgeringsaanbod(inburgeringsaanbod().build());
    }

    public static DoelgroepkeuzeDoorgegeven.Builder doelgroepkeuzeDoorgegeven() {
        return DoelgroepkeuzeDoorgegeven.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setDatumWijzigingDoelgroep(DATUM.minusWeeks(4))
                .setKeuze(AsielrechtenWijzigingVerblijfsdoel.ASIELRECHTEN_TOEGEKEND)
                .setDatumOndertekening(DATUM);
    }

    /** The PVT afgerond with the ondertekening a week before {@link #DATUM}. */
    public static PvtResultaatVastgesteld.Builder pvtResultaatVastgesteld() {
        return PvtResultaatVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setAfgerond(true)
                .setDatumOndertekening(DATUM.minusWeeks(1))
                .setDatumVastgesteld(DATUM);
    }

    /** The MAP afgerond with the eindgesprek a week before {@link #DATUM}. */
    public static MapResultaatVastgesteld.Builder mapResultaatVastgesteld() {
        return MapResultaatVastgesteld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setAfgerond(true)
                .setDatumEindgesprek(DATUM.minusWeeks(1))
                .setDatumVastgesteld(DATUM);
    }

    public static ZrouteOnderdeelAfgerond.Builder zrouteOnderdeelAfgerond() {
        return ZrouteOnderdeelAfgerond.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setOnderdeel(ZrouteOnderdeel.PARTICIPATIECOMPONENT)
                .setDatumAfronding(DATUM);
    }

    public static GevolgdeUrenGemeld.Builder gevolgdeUrenGemeld() {
        return GevolgdeUrenGemeld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setPeildatum(DATUM)
                .setUrenTaallesEnKnmBredeIntake(24)
                .setUrenParticipatieactiviteitenBredeIntake(16)
                .setActualisatiemoment(Actualisatiemoment.TUSSENTIJDS);
    }

    /** An ordentelijk verloop of the toets {@link #EXAMENNUMMER}. */
    public static LeerbaarheidstoetsVerloopVerklaard.Builder leerbaarheidstoetsVerloopVerklaard() {
        return LeerbaarheidstoetsVerloopVerklaard.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setExamennummer(EXAMENNUMMER)
                .setDatumAfname(DATUM)
                .setOrdentelijkVerloop(true);
    }

    public static InspanningAsielstatushouderDoorgegeven.Builder inspanningAsielstatushouderDoorgegeven() {
        return InspanningAsielstatushouderDoorgegeven.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setInspanning(inspanning().build());
    }

    /** Amsterdam (new) asks Rotterdam (old) for the dossier after the move. */
    public static OverdrachtInburgeraarGevraagd.Builder overdrachtInburgeraarGevraagd() {
        return OverdrachtInburgeraarGevraagd.newBuilder()
                .setBsn(BSN)
                .setGemeentecodeOud(VORIGE_GEMEENTECODE)
                .setGemeentecodeNieuw(GEMEENTECODE)
                .setDatumVerhuizing(DATUM_VERHUIZING)
                .setDatumVerzoek(DATUM);
    }

    /** Rotterdam (old) hands the dossier to Amsterdam (new); no PIP or aanbod yet. */
    public static InburgeraarOvergedragen.Builder inburgeraarOvergedragen() {
        return InburgeraarOvergedragen.newBuilder()
                .setBsn(BSN)
                .setGemeentecodeOud(VORIGE_GEMEENTECODE)
                .setGemeentecodeNieuw(GEMEENTECODE)
                .setDatumVerhuizing(DATUM_VERHUIZING)
                .setDatumOverdracht(DATUM)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER);
    }

    // ---- Instelling (#18, #20)

    /** B1-route on B1, bought by the gemeente (an asielstatushouder). */
    public static InburgeraarIngeschrevenBijInstelling.Builder inburgeraarIngeschrevenBijInstelling() {
        return InburgeraarIngeschrevenBijInstelling.newBuilder()
                .setBsn(BSN)
                .setInstellingsnummer(INSTELLINGSNUMMER)
                .setLeerroute(Leerroute.B1_ROUTE)
                .setTaalniveau(Examenniveau.B1)
                .setContractpartij(Contractpartij.GEMEENTE)
                .setGemeentecode(GEMEENTECODE)
                .setDatumInschrijving(DATUM)
                .setStartdatum(DATUM.plusWeeks(1));
    }

    public static InburgeraarUitgeschrevenBijInstelling.Builder inburgeraarUitgeschrevenBijInstelling() {
        return InburgeraarUitgeschrevenBijInstelling.newBuilder()
                .setBsn(BSN)
                .setInstellingsnummer(INSTELLINGSNUMMER)
                .setDatumUitschrijving(DATUM)
                .setOpleidingAfgerond(true);
    }

    public static FactuurIngediend.Builder factuurIngediend() {
        return FactuurIngediend.newBuilder()
                .setFactuurnummer("F-2026-0001")
                .setInstellingsnummer(INSTELLINGSNUMMER)
                .setBsn(BSN)
                .setLeerroute(Leerroute.B1_ROUTE)
                .setNiveau(NiveauPip.B1)
                .setOmschrijving("Taalcursus B1, eerste periode")
                .setBedrag(new java.math.BigDecimal("1250.00"))
                .setFactuurdatum(DATUM);
    }

    public static FactuurBeoordeeld.Builder factuurBeoordeeld() {
        return FactuurBeoordeeld.newBuilder()
                .setFactuurnummer("F-2026-0001")
                .setInstellingsnummer(INSTELLINGSNUMMER)
                .setBsn(BSN)
                .setOordeel(Factuuroordeel.BETAALBAAR_GESTELD)
                .setBedragBetaalbaar(new java.math.BigDecimal("1250.00"))
                .setDatumBeoordeling(DATUM);
    }

    public static InspanningAsielstatushouderGemeld.Builder inspanningAsielstatushouderGemeld() {
        return InspanningAsielstatushouderGemeld.newBuilder()
                .setBsn(BSN)
                .setGemeentecode(GEMEENTECODE)
                .setInspanning(inspanning().build());
    }

    public static InspanningGezinsmigrantGemeld.Builder inspanningGezinsmigrantGemeld() {
        return InspanningGezinsmigrantGemeld.newBuilder()
                .setBsn(BSN)
                .setInspanning(inspanning().build());
    }

    // ---- SZW (#21)

    public static BeslissingBioGenomen.Builder beslissingBioGenomen() {
        return BeslissingBioGenomen.newBuilder()
                .setBsn(BSN)
                .setDossierkenmerk("BIO-2026-000123")
                .setOordeel(AanvraagOordeel.TOEKENNING)
                .setDatumBeslissing(DATUM);
    }

    // ---- Monitoring naar CBS (#22): a pseudoniem, never a BSN

    public static VerblijfsgegevensGeleverd.Builder verblijfsgegevensGeleverd() {
        return VerblijfsgegevensGeleverd.newBuilder()
                .setPseudoniem(PSEUDONIEM)
                .setPeildatum(DATUM)
                .setVerblijfsdoel(Verblijfsdoel.ASIEL)
                .setIngangsdatumVerblijfsrecht(INGANGSDATUM_VERBLIJFSRECHT)
                .setNationaliteit(NATIONALITEIT)
                .setGeboortejaar(GEBOORTEDATUM.getYear());
    }

    public static VoorinburgeringGeleverd.Builder voorinburgeringGeleverd() {
        return VoorinburgeringGeleverd.newBuilder()
                .setPseudoniem(PSEUDONIEM)
                .setPeildatum(DATUM);
    }

    public static InburgeringstrajectGeleverd.Builder inburgeringstrajectGeleverd() {
        return InburgeringstrajectGeleverd.newBuilder()
                .setPseudoniem(PSEUDONIEM)
                .setPeildatum(DATUM)
                .setGemeentecode(GEMEENTECODE)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER);
    }

    public static InburgeringsplichtGeleverd.Builder inburgeringsplichtGeleverd() {
        return InburgeringsplichtGeleverd.newBuilder()
                .setPseudoniem(PSEUDONIEM)
                .setPeildatum(DATUM)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER)
                .setBegindatumPlicht(DATUM.minusMonths(8))
                .setStatus(Inburgeringsstatus.LOPEND);
    }

    // ---- Shared records (nl.inburgering.contracts.common), valid by default as well

    /** The first PIP: B1-route on B1, dated {@link #DATUM}, no alfabetisering. */
    public static PipGegevens.Builder pipGegevens() {
        return PipGegevens.newBuilder()
                .setDagtekeningPip(DATUM)
                .setLeerroute(Leerroute.B1_ROUTE)
                .setNiveau(NiveauPip.B1)
                .setAlfabetiseringsonderwijs(Alfabetiseringsonderwijs.NVT);
    }

    /** An aanbod dated {@link #DATUM} at {@link #INSTELLINGSNUMMER}, no alfabetisering. */
    public static Inburgeringsaanbod.Builder inburgeringsaanbod() {
        return Inburgeringsaanbod.newBuilder()
                .setDatumInburgeringsaanbod(DATUM)
                .setAlfabetiseringsonderwijs(Alfabetiseringsonderwijs.NVT)
                .setInstellingsnummers(List.of(INSTELLINGSNUMMER));
    }

    /** Eight weeks of B1-route at {@link #INSTELLINGSNUMMER}, cumulative up to {@link #DATUM}. */
    public static Inspanning.Builder inspanning() {
        return Inspanning.newBuilder()
                .setInstellingsnummer(INSTELLINGSNUMMER)
                .setLeerroute(Leerroute.B1_ROUTE)
                .setPeildatum(DATUM)
                .setStartdatumOnderwijs(DATUM.minusWeeks(8))
                .setUrenAangeboden(96)
                .setUrenAanwezig(90)
                .setUrenOngeoorloofdVerzuim(2)
                .setActualisatiemoment(Actualisatiemoment.TUSSENTIJDS);
    }

    /** € 500,00 for the leerroute (scale 2, as the schema's decimal). */
    public static Boeteregel.Builder boeteregel() {
        return Boeteregel.newBuilder()
                .setOnderdeel(Boeteonderdeel.LEERROUTE)
                .setBedrag(new BigDecimal("500.00"));
    }

    /** DUO's rule that a PIP may not be dated before the plicht began (PipValidatiePolicy). */
    public static Afwijzingsreden.Builder afwijzingsreden() {
        return Afwijzingsreden.newBuilder()
                .setCode("DAGTEKENING_VOOR_START_PLICHT")
                .setOmschrijving("De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen.");
    }

    // ---- the delivery agreements as a partner counted them (decision 0042): counts only, no person

    /** #3 applied on time by gemeente 0363 on {@link #DATUM}. */
    public static Leveringstelling.Builder leveringstelling() {
        return Leveringstelling.newBuilder()
                .setDag(DATUM)
                .setStelseldienst("duo.inburgeringsplicht.v1")
                .setLeverancier("duo")
                .setAfnemer("gemeente-" + GEMEENTECODE)
                .setOpTijd(3)
                .setTeLaat(1)
                .setOpen(0)
                .setNietVerstuurd(0);
    }

    private static final java.time.Instant GETELD_OP = DATUM.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();

    public static LeveringsafsprakenGeteldGemeente.Builder leveringsafsprakenGeteldGemeente() {
        return LeveringsafsprakenGeteldGemeente.newBuilder()
                .setProducent("gemeente")
                .setGeteldOp(GETELD_OP)
                .setVanaf(DATUM.minusDays(6))
                .setTot(DATUM.plusDays(1))
                .setTellingen(java.util.List.of(leveringstelling().build()));
    }

    public static LeveringsafsprakenGeteldInd.Builder leveringsafsprakenGeteldInd() {
        return LeveringsafsprakenGeteldInd.newBuilder()
                .setProducent("ind")
                .setGeteldOp(GETELD_OP)
                .setVanaf(DATUM.minusDays(6))
                .setTot(DATUM.plusDays(1))
                .setTellingen(java.util.List.of(leveringstelling().setStelseldienst("brp.inschrijvingen.v1")
                        .setLeverancier("gemeente").setAfnemer("ind").build()));
    }

    public static LeveringsafsprakenGeteldCoa.Builder leveringsafsprakenGeteldCoa() {
        return LeveringsafsprakenGeteldCoa.newBuilder()
                .setProducent("coa")
                .setGeteldOp(GETELD_OP)
                .setVanaf(DATUM.minusDays(6))
                .setTot(DATUM.plusDays(1))
                .setTellingen(java.util.List.of(leveringstelling().setAfnemer("coa").build()));
    }

    public static LeveringsafsprakenGeteldInstelling.Builder leveringsafsprakenGeteldInstelling() {
        return LeveringsafsprakenGeteldInstelling.newBuilder()
                .setProducent("instelling")
                .setGeteldOp(GETELD_OP)
                .setVanaf(DATUM.minusDays(6))
                .setTot(DATUM.plusDays(1))
                .setTellingen(java.util.List.of(leveringstelling().setStelseldienst("duo.factuurbeoordelingen.v1")
                        .setAfnemer("instelling-" + INSTELLINGSNUMMER).build()));
    }
}
