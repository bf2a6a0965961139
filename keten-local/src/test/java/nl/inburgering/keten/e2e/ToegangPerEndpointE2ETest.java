package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.security.ToegangInterceptor;
import nl.inburgering.platform.test.TestBsn;

/**
 * Every endpoint of every service, found in the running services themselves, so an endpoint added later is
 * covered without touching this test: without a token 401; with a role it does not allow 403; with an
 * allowed role of another tenant never a 5xx and never the data of a person of the first tenant. Every write endpoint
 * of a tenant role is called with a valid request ({@link #VOORBEELDEN}): another gemeente's is refused (403 or 404) and
 * the own gemeente's passes validation (not 400), so the refusal is the tenant check, not a malformed body (issue 11).
 * A write endpoint without a valid example fails the test by name. The lening (issue 16): the setup makes the person's
 * lening and instelling 12345's factuur through the APIs, so the ids in the paths are real records: another instelling
 * and another inburgeraar (another bsn claim) are refused them, and a DUO_BACKOFFICE token of another organisation
 * than DUO is refused every lening endpoint.
 */
class ToegangPerEndpointE2ETest {

    /** One demo client per role; for tenant roles the Amsterdam one owns the person, Rotterdam does not. */
    private static final Map<Rol, String> CLIENT_VAN_EIGEN_TENANT = Map.of(
            Rol.GEMEENTE_KLANTMANAGER, "klantmanager-amsterdam",
            Rol.PARTNERSYSTEEM, "gemeentesysteem-amsterdam",
            Rol.DUO_BACKOFFICE, "duo-backoffice",
            Rol.IND_MEDEWERKER, "ind-medewerker",
            Rol.COA_MEDEWERKER, "coa-medewerker",
            Rol.INSTELLING_MEDEWERKER, "instelling-medewerker",
            Rol.SZW_MEDEWERKER, "szw-medewerker",
            // the operator's monitoring reads the actuator endpoints only, never an API (issue 11, item 5)
            Rol.MONITORING, "monitoring",
            Rol.BEHEERDER, "beheerder",
            // the inburgeraar in Mijn DUO, his own lening only (issue 16, lening)
            Rol.INBURGERAAR, "inburgeraar");
    private static final Map<Rol, String> CLIENT_VAN_ANDERE_TENANT = Map.of(
            Rol.GEMEENTE_KLANTMANAGER, "klantmanager-rotterdam",
            Rol.PARTNERSYSTEEM, "gemeentesysteem-rotterdam",
            // instelling 67890's medewerker, for instelling 12345's cursist and factuur (issue 13, issue 16)
            Rol.INSTELLING_MEDEWERKER, "instelling-medewerker-67890",
            // another citizen in Mijn DUO (another bsn claim), for the first one's lening and factuur (issue 16)
            Rol.INBURGERAAR, "inburgeraar-2");
    /**
     * A DUO_BACKOFFICE token of an organisation that is not DUO (Amsterdam's OIN), a client of the test only: the lening
     * is DUO's own backoffice's (as LeningTest's token with another OIN), so every lening endpoint refuses it (403).
     */
    private static final nl.inburgering.keten.local.tokens.DemoClient BACKOFFICE_VAN_ANDERE_OIN =
            nl.inburgering.keten.local.tokens.DemoClient.organisatie("duo-backoffice-andere-oin",
                    nl.inburgering.keten.local.tokens.DemoClient.Rol.DUO_BACKOFFICE,
                    nl.inburgering.keten.local.tokens.DemoClient.OIN_AMSTERDAM,
                    "a DUO_BACKOFFICE token with Amsterdam's OIN (ToegangPerEndpointE2ETest only)");
    /** The lening endpoints (DUO_BACKOFFICE only, with DUO's own OIN) with a valid request each. */
    private static final String LENINGEN = "/api/v1/leningen";
    private static final Map<String, String> LENINGVERZOEKEN = Map.of(
            "POST duo-service/api/v1/leningen", """
                    {"bsn":"$BSN","gevraagdBedrag":5000.00,"datumAanvraag":"$VANDAAG","toelichting":"Aanvraag"}""",
            "POST duo-service/api/v1/leningen/{id}/beslissing", """
                    {"oordeel":"TOEKENNING","bedrag":5000.00,"toelichting":"Aanvraag beoordeeld."}""",
            "POST duo-service/api/v1/leningen/{id}/draagkracht", """
                    {"jaarinkomen":26000.00,"toelichting":"Inkomen gedaald."}""",
            "POST duo-service/api/v1/leningen/{id}/facturen/{factuurId}/goedkeuring", """
                    {"wijze":"PAPIER","toelichting":"Papieren factuur met onderbouwing."}""",
            "POST duo-service/api/v1/leningen/_zoek", "{\"bsn\":\"$BSN\"}");
    /**
     * What the other tenant reads from a read endpoint that names the first one's record, and the words the own
     * tenant's answer contains (placeholders as in the bodies, and {@code $LENING}, {@code $FACTUUR_INSTELLING}).
     */
    record Leesverwachting(int andereStatus, String andereBody, String eigenBevat) {
    }

    private static final Map<String, Leesverwachting> LEESVERWACHTINGEN = Map.of(
            // instelling 12345's own invoice (created in the setup): 67890 gets 404, as for one that does not exist
            "GET instelling-service/api/v1/facturen/{id}",
            new Leesverwachting(404, null, "$FACTUUR_INSTELLING"),
            // Mijn DUO: the other inburgeraar has no lening; the first one's is never his
            "GET duo-service/api/v1/mijn-lening", new Leesverwachting(200, "[]", "$LENING"));
    private static final Map<String, String> OIN_VAN_CLIENT = Map.of(
            "gemeentesysteem-amsterdam", "00000001002564440000",
            "gemeentesysteem-rotterdam", "00000001002220647000");

    private static final java.time.ZoneId NL = java.time.ZoneId.of("Europe/Amsterdam");

    /** What another gemeente gets from a write endpoint with a valid request. */
    enum AndereGemeente {
        /** The request is about the first gemeente's person or record: 403 or 404, as the endpoint defines. */
        GEWEIGERD,
        /** A search: the other gemeente finds nothing (200, an empty result). */
        VINDT_NIETS,
        /**
         * The request concerns only the caller's own data (a new contactpersoon, a BRP fact of its own inwoner with a
         * BSN of its own): it may succeed; never a 5xx, never the first gemeente's data.
         */
        EIGEN_GEGEVENS
    }

    /**
     * A valid request for a write endpoint: its body (placeholders {@code $BSN}, the first gemeente's person;
     * {@code $NIEUW_BSN}, a fresh BSN per call; {@code $VANDAAG}, {@code $MORGEN}, {@code $OVER_EEN_MAAND},
     * {@code $OVER_TWEE_JAAR}; {@code $NU} and {@code $OVER_TWEE_DAGEN} as date-times), what another gemeente gets, and
     * the client of the own side when it is not the role's demo client, and the words of a refusal by a domain rule
     * about the person's state (not the request's form) that the own side may get, when the test's person cannot meet
     * it ({@code null}: none).
     */
    record Voorbeeld(String body, AndereGemeente andere, String eigenClient, String regel) {

        Voorbeeld(String body, AndereGemeente andere, String eigenClient) {
            this(body, andere, eigenClient, null);
        }

        static Voorbeeld geweigerd(String body) {
            return new Voorbeeld(body, AndereGemeente.GEWEIGERD, null);
        }

        Voorbeeld metRegel(String woorden) {
            return new Voorbeeld(body, andere, eigenClient, woorden);
        }
    }

    private static final String CONTACTPERSOON = """
            {"naam":"Anna de Vries","email":"a.devries@amsterdam.nl","telefoonnummer":"020-5551234"}""";

    /** A valid request per write endpoint of a tenant role, keyed as {@code Endpoint.toString()}. */
    private static final Map<String, Voorbeeld> VOORBEELDEN = Map.ofEntries(
            // gemeente-service, the klantmanager
            Map.entry("POST gemeente-service/api/v1/inburgeraars/_zoek",
                    new Voorbeeld("{\"bsn\":\"$BSN\"}", AndereGemeente.VINDT_NIETS, null)),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/pip", Voorbeeld.geweigerd("""
                    {"dagtekening":"$VANDAAG","leerroute":"ZELFREDZAAMHEIDSROUTE","indicatorMagOpleidingAfmaken":false,
                     "alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false}""")
                    // once DUO's M2M test below has registered a PIP, a new one is a wijziging and needs its reden
                    .metRegel("reden van wijziging")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/inburgeringsaanbod", Voorbeeld.geweigerd("""
                    {"datumInburgeringsaanbod":"$VANDAAG","verwachteStartdatumOpleiding":"$OVER_EEN_MAAND",
                     "verwachteEinddatumOpleiding":"$OVER_TWEE_JAAR","alfabetiseringsonderwijs":"NVT",
                     "instellingsnummers":["12345"]}""")),
            Map.entry("PUT gemeente-service/api/v1/inburgeraars/{id}/uren", Voorbeeld.geweigerd("""
                    {"peildatum":"$VANDAAG","urenTaallesEnKnmBredeIntake":40,"urenParticipatieactiviteitenBredeIntake":16,
                     "urenParticipatieAlsTaalles":0,"urenParticipatieZroute":0,"actualisatiemoment":"TUSSENTIJDS"}""")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/brede-intake/oproepen", Voorbeeld.geweigerd("""
                    {"datum":"$OVER_TWEE_DAGEN","locatie":"Stadsloket Centrum","onderwerp":"INTAKEGESPREK"}""")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/brede-intake/oproepen/{oproepId}/opkomst",
                    Voorbeeld.geweigerd("{\"verschenen\":true}")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/leerbaarheidstoets/afspraken",
                    Voorbeeld.geweigerd("""
                            {"datum":"$NU","locatie":"Toetslocatie Noord","toetsbegeleider":"J. de Vries"}""")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/leerbaarheidstoets/afspraken/{afspraakId}/verloop",
                    Voorbeeld.geweigerd("{\"verschenen\":true,\"ordentelijkVerloop\":true}")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/brede-intake/boetes", Voorbeeld.geweigerd("{}")),
            // gemeente-service, the klantmanager's results of PVT, MAP and Z-route (#17, issue 13 items 3/6/7): without
            // a PIP of the gemeente a 409; the test's person is a gezinsmigrant whose PIP may be the B1-route
            Map.entry("PUT gemeente-service/api/v1/inburgeraars/{id}/resultaten/pvt",
                    Voorbeeld.geweigerd("{\"datumOndertekening\":\"$VANDAAG\"}")),
            Map.entry("PUT gemeente-service/api/v1/inburgeraars/{id}/resultaten/map",
                    Voorbeeld.geweigerd("{\"datumEindgesprek\":\"$VANDAAG\"}")),
            Map.entry("PUT gemeente-service/api/v1/inburgeraars/{id}/resultaten/zroute/participatie",
                    Voorbeeld.geweigerd("{\"datumAfronding\":\"$VANDAAG\"}")
                            .metRegel("alleen voor een asielstatushouder")),
            Map.entry("PUT gemeente-service/api/v1/inburgeraars/{id}/resultaten/zroute/eindgesprek",
                    Voorbeeld.geweigerd("{\"datumAfronding\":\"$VANDAAG\"}").metRegel("niet de Z-route")),
            // gemeente-service, the klantmanager on the inspanning (#18) and its handhaving op verzuim (issue 13, task C2);
            // the test's person has no inspanning, so the own gemeente's valid request meets a rule (409)
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/inspanning/_bijwerken",
                    Voorbeeld.geweigerd("{\"aanleiding\":\"WIJZIGING_LEERROUTE\"}")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/inspanning/waarschuwingen",
                    Voorbeeld.geweigerd("{\"instellingsnummer\":\"12345\",\"toelichting\":\"Drie lessen gemist\"}")),
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/inspanning/boetes",
                    Voorbeeld.geweigerd("{\"instellingsnummer\":\"12345\",\"bedrag\":250.00}")),
            // gemeente-service, the klantmanager at the end of the traject (issue 14, task E: signalen): the test's person
            // has no beschikking voldaan with a certificaat, so the own gemeente's valid request meets a rule (409)
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/certificaat/uitreiking",
                    Voorbeeld.geweigerd("{\"datumUitreiking\":\"$VANDAAG\"}")),
            // gemeente-service, the klantmanager records the gemeente's BIO advies (issue 15, task D: the gemeente as
            // consumer of vrijstellingen and ontheffingen); the own gemeente gets 201
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/bio-adviezen", Voorbeeld.geweigerd("""
                    {"advies":"POSITIEF","motivering":"Aantoonbaar voldoende inspanningen geleverd.",
                     "datum":"$VANDAAG"}""")),
            // gemeente-service, issue 15 task A1 (doelgroepwijziging, seed 13.4): the klantmanager passes the keuze on
            // to DUO (#16); the gemeente checks the form only (DUO judges it against the doelgroepwijziging)
            Map.entry("POST gemeente-service/api/v1/inburgeraars/{id}/doelgroepkeuze", Voorbeeld.geweigerd("""
                    {"datumWijzigingDoelgroep":"$VANDAAG","keuze":"BEHOUD_ASIELRECHTEN",
                     "datumOndertekening":"$VANDAAG"}""")),
            // gemeente-service, issue 16 task V2 (verhuizing and overdracht #19): the old gemeente's klantmanager
            // delivers the overdracht of a person who left it; {id} is one of its departures, which the test's person
            // (who did not move) has none of, so both sides get 404
            Map.entry("POST gemeente-service/api/v1/vertrokken-inburgeraars/{id}/overdracht", Voorbeeld.geweigerd("""
                    {"contactpersoon":"Anna de Vries, a.devries@amsterdam.nl","maatschappelijkeBegeleidingAfgerond":false}""")),
            // gemeente-service, the gemeente's BRP system: a fact of its own inwoner (the gemeente comes from the token)
            Map.entry("POST gemeente-service/api/v1/brp/inschrijvingen", new Voorbeeld("""
                    {"bsn":"$NIEUW_BSN","datumInschrijving":"$VANDAAG","geboortedatum":"1990-04-01"}""",
                    AndereGemeente.EIGEN_GEGEVENS, null)),
            Map.entry("POST gemeente-service/api/v1/brp/verhuizingen", new Voorbeeld("""
                    {"bsn":"$NIEUW_BSN","datumVerhuizing":"$VANDAAG"}""", AndereGemeente.EIGEN_GEGEVENS, null)),
            // issue 15 (A2, the other ends of the plicht): the BRP's vertrek naar het buitenland and overlijden of its
            // own inwoner (a person not ingeschreven in the caller's gemeente is a 409, for any gemeente alike)
            Map.entry("POST gemeente-service/api/v1/brp/vertrekken", new Voorbeeld("""
                    {"bsn":"$NIEUW_BSN","datumVertrek":"$VANDAAG","landVanVertrek":"DE"}""",
                    AndereGemeente.EIGEN_GEGEVENS, null)),
            Map.entry("POST gemeente-service/api/v1/brp/overlijdens", new Voorbeeld("""
                    {"bsn":"$NIEUW_BSN","datumOverlijden":"$VANDAAG"}""", AndereGemeente.EIGEN_GEGEVENS, null)),
            // coa-service, the gemeente's klantmanager on COA's koppelingen
            Map.entry("POST coa-service/api/v1/koppelingen/_zoek",
                    new Voorbeeld("{\"bsn\":\"$BSN\"}", AndereGemeente.VINDT_NIETS, null)),
            Map.entry("PUT coa-service/api/v1/koppelingen/{koppelingId}/afspraak",
                    Voorbeeld.geweigerd("{\"variant\":\"BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC\"}")),
            Map.entry("PUT coa-service/api/v1/koppelingen/{koppelingId}/warme-overdracht",
                    Voorbeeld.geweigerd("{\"datum\":\"$MORGEN\"}")),
            // duo-service: the toetsafname's uitslag (DUO's own), and DUO's M2M API for the gemeente's system
            Map.entry("POST duo-service/api/v1/leerbaarheidstoetsen/_uitslag", new Voorbeeld("""
                    {"examennummer":"LBT000000001","datumAfname":"$VANDAAG","behaaldeScore":"61,50"}""",
                    AndereGemeente.GEWEIGERD, "duo-backoffice")),
            Map.entry("DELETE duo-service/m2m/v1/personen/{bsn}/lbt/examennummer", Voorbeeld.geweigerd(null)),
            // duo-service, issue 13 task B (examens): DUO's backoffice or its exam planning system, never a partner's
            // system; the {id} is the gemeente's record id, no examen: the own side gets 404 (or 201/409 for the
            // aanmelding of the test's person)
            Map.entry("POST duo-service/api/v1/examens", new Voorbeeld("""
                    {"bsn":"$BSN","onderdeel":"LE","niveau":"B1"}""", AndereGemeente.GEWEIGERD, "duo-backoffice")),
            Map.entry("PUT duo-service/api/v1/examens/{id}/planning", new Voorbeeld("""
                    {"examendatum":"$OVER_EEN_MAAND"}""", AndereGemeente.GEWEIGERD, "duo-backoffice")),
            Map.entry("POST duo-service/api/v1/examens/{id}/_uitslag", new Voorbeeld("""
                    {"resultaat":"Geslaagd"}""", AndereGemeente.GEWEIGERD, "duo-backoffice")),
            // duo-service, issue 14 task C (vaststellen voldaan): IND's system asks DUO for a beschikking voldaan at the
            // source (§15.2); a gemeente's system may not (403), IND's own gets 404 for the test's person (not voldaan)
            Map.entry("POST duo-service/api/v1/beschikkingen-voldaan/_zoek", new Voorbeeld("""
                    {"bsn":"$BSN"}""", AndereGemeente.GEWEIGERD, "indsysteem")),
            // duo-service, issue 15 task C (ontheffingen): IND's system asks DUO for a person's ontheffingen at the
            // source (#12 "IND: pull"); a gemeente's system may not (403), IND's own gets 200 (an empty list)
            Map.entry("POST duo-service/api/v1/ontheffingen/_zoek", new Voorbeeld("""
                    {"bsn":"$BSN"}""", AndereGemeente.GEWEIGERD, "indsysteem")),
            // duo-service, issue 15 task B (vrijstellingen): IND's system asks DUO for a person's vrijstellingen at the
            // source (#11 "IND: pull"); a gemeente's system may not (403), IND's own gets the (empty) list. The
            // backoffice's aanvragen and register are DUO_BACKOFFICE only, no tenant role.
            Map.entry("POST duo-service/api/v1/vrijstellingen/_zoek", new Voorbeeld("""
                    {"bsn":"$BSN"}""", AndereGemeente.GEWEIGERD, "indsysteem")),
            Map.entry("POST duo-service/m2m/v1/contactpersonen", new Voorbeeld(CONTACTPERSOON,
                    AndereGemeente.EIGEN_GEGEVENS, null)),
            Map.entry("PUT duo-service/m2m/v1/contactpersonen/{id}", Voorbeeld.geweigerd(CONTACTPERSOON)),
            Map.entry("DELETE duo-service/m2m/v1/contactpersonen/{id}", Voorbeeld.geweigerd(null)),
            Map.entry("POST duo-service/m2m/v1/contactpersonen/{id}/personen/{bsn}", Voorbeeld.geweigerd(null)),
            Map.entry("DELETE duo-service/m2m/v1/contactpersonen/{id}/personen/{bsn}", Voorbeeld.geweigerd(null)),
            Map.entry("POST duo-service/m2m/v1/personen/{bsn}/PIP", Voorbeeld.geweigerd("""
                    {"dagtekeningPip":"$VANDAAG","leerroute":"B","indicatorMagOpleidingAfmaken":false,
                     "indicatorAlfabetiseringsonderwijs":"NVT"}""")),
            Map.entry("DELETE duo-service/m2m/v1/personen/{bsn}/PIP", Voorbeeld.geweigerd(null)
                    // the PIP posted before it has given the person an inburgeringstermijn
                    .metRegel("inburgeringstermijn is al vastgesteld")),
            Map.entry("POST duo-service/m2m/v1/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}",
                    Voorbeeld.geweigerd("""
                            {"datumInburgeringsaanbod":"$VANDAAG","indicatorAlfabetiseringsonderwijs":"NVT"}""")
                            // the test's person is a gezinsmigrant
                            .metRegel("alleen voor een asielmigrant")),
            Map.entry("DELETE duo-service/m2m/v1/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}",
                    Voorbeeld.geweigerd(null)),
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/uren/bredeintake/taallesknm",
                    Voorbeeld.geweigerd("{\"uren\":12}")),
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/uren/participatieactiviteiten",
                    // the test's person is a gezinsmigrant
                    Voorbeeld.geweigerd("{\"uren\":12}").metRegel("Z-route van een asielstatushouder")),
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/uren/participatietaalles",
                    Voorbeeld.geweigerd("{\"uren\":12}")),
            // DUO's MAP/PVT/Z-route rules look at the PIP and termijn the test's person has at that moment: the own
            // gemeente's request passes validation and meets the rules or a rule (a Foutmelding, DUO's 403)
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/map",
                    Voorbeeld.geweigerd("{\"datumEindgesprekMap\":\"$VANDAAG\"}").metRegel("fouttekst")),
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/pvt",
                    Voorbeeld.geweigerd("{\"datumOndertekeningPvt\":\"$VANDAAG\"}").metRegel("fouttekst")),
            Map.entry("PUT duo-service/m2m/v1/personen/{bsn}/zroute",
                    Voorbeeld.geweigerd("{\"datumAfrondingZroute\":\"$VANDAAG\"}").metRegel("fouttekst")),
            // gemeente-service, issue 14 item 5 (task D, notificaties): DUO's Notificatie API at the gemeente; only DUO's
            // system may POST (a PARTNERSYSTEEM token with DUO's OIN), so a gemeente's system, own or other, is refused
            // before the request is read (403 naming that rule); the keten has no demo client of DUO's system
            Map.entry("POST gemeente-service/api/v1/notificaties", Voorbeeld.geweigerd("""
                    {"registratieDatumTijd":"$NU","bsn":"$BSN","gebeurtenisId":"SS101"}""")
                    .metRegel("alleen het systeem van DUO stuurt notificaties")),
            // instelling-service (issue 13, task A): the medewerker of instelling 12345 on its cursist, the person of
            // the test ({id}); another instelling's medewerker gets 404, and may register its own cursist
            Map.entry("POST instelling-service/api/v1/cursisten", new Voorbeeld("""
                    {"bsn":"$NIEUW_BSN","leerroute":"B1_ROUTE","taalniveau":"B1","taalschakeltraject":false,
                     "contractpartij":"INBURGERAAR","datumInschrijving":"$VANDAAG","startdatum":"$VANDAAG"}""",
                    AndereGemeente.EIGEN_GEGEVENS, null)),
            Map.entry("POST instelling-service/api/v1/cursisten/{id}/inspanningen", Voorbeeld.geweigerd("""
                    {"peildatum":"$VANDAAG","urenAangeboden":12,"urenAanwezig":10,"urenOngeoorloofdVerzuim":2,
                     "actualisatiemoment":"TUSSENTIJDS"}""")),
            Map.entry("POST instelling-service/api/v1/cursisten/{id}/uitschrijving", Voorbeeld.geweigerd("""
                    {"datumUitschrijving":"$VANDAAG","opleidingAfgerond":false}""")),
            // instelling-service, the lening's invoices (issue 16, task L2): instelling 12345 invoices the education
            // of its cursist, the person of the test; for another instelling he is no cursist: 404
            Map.entry("POST instelling-service/api/v1/facturen", Voorbeeld.geweigerd("""
                    {"factuurnummer":"F-TOEGANG-1","bsn":"$BSN","leerroute":"B1_ROUTE","niveau":"B1",
                     "omschrijving":"Taalcursus B1, eerste periode","bedrag":1250.00,"factuurdatum":"$VANDAAG"}""")),
            // duo-service, Mijn DUO (issue 16): the inburgeraar approves the factuur of his own lening ({id}, DUO's id
            // of the setup's factuur); another inburgeraar's token (another bsn claim) gets 404, as LeningTest expects
            Map.entry("POST duo-service/api/v1/mijn-lening/facturen/{id}/goedkeuring", Voorbeeld.geweigerd(null)));

    /** How often each answer came, per side, for the figure the test prints. */
    private static final Map<String, java.util.concurrent.atomic.AtomicInteger> ANTWOORDEN =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static LocalKeten lokaal;
    private static Keten keten;
    private static String bsnAmsterdam;
    private static String idAmsterdam;
    /** Amsterdam's own records under the person, for the path variables of the endpoints that name them. */
    private static String oproepAmsterdam;
    private static String contactpersoonAmsterdam;
    /** The person as a cursist of instelling 12345 (issue 13), for the instelling-service's {id}. */
    private static String cursistAmsterdam;
    /** The person's lening at DUO and its factuur from instelling 12345 (issue 16), made in the setup by the APIs. */
    private static String leningAmsterdam;
    private static String factuurBijDuo;
    private static String factuurBijInstelling;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void eenInburgeraarInAmsterdam() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests().tokenClient(BACKOFFICE_VAN_ANDERE_OIN));
        keten = new Keten(lokaal);
        // the demo inburgeraar: the client "inburgeraar" carries his BSN, "inburgeraar-2" another one
        bsnAmsterdam = nl.inburgering.keten.local.tokens.DemoClient.BSN_DEMO_INBURGERAAR;
        String geboren = LocalDate.now().minusYears(33).toString();
        keten.brpInschrijving(bsnAmsterdam, "0363", LocalDate.now().minusDays(5).toString(), geboren);
        keten.verblijfsvergunning("4" + bsnAmsterdam, bsnAmsterdam, geboren, "SY", "GEZINSVORMING",
                LocalDate.now().minusMonths(2).toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> keten.zoekBijGemeente("0363", bsnAmsterdam).size() == 1);
        idAmsterdam = keten.zoekBijGemeente("0363", bsnAmsterdam).get(0).get("id").asString();
        var oproep = keten.vraag("POST", KetenService.GEMEENTE, "klantmanager-amsterdam",
                "/api/v1/inburgeraars/" + idAmsterdam + "/brede-intake/oproepen",
                invullen(VOORBEELDEN.get("POST gemeente-service/api/v1/inburgeraars/{id}/brede-intake/oproepen").body()));
        assertThat(oproep.status()).as("oproep van Amsterdam: %s", oproep.body()).isEqualTo(201);
        oproepAmsterdam = oproep.body().get("id").asString();
        var contactpersoon = keten.duoM2mPost("0363", "/contactpersonen", CONTACTPERSOON);
        assertThat(contactpersoon.status()).as("contactpersoon van Amsterdam: %s", contactpersoon.body())
                .isEqualTo(201);
        contactpersoonAmsterdam = contactpersoon.body().get("id").asString();
        var cursist = keten.vraag("POST", KetenService.INSTELLING, "instelling-medewerker", "/api/v1/cursisten", """
                {"bsn":"%s","leerroute":"B1_ROUTE","taalniveau":"B1","taalschakeltraject":false,
                 "contractpartij":"INBURGERAAR","datumInschrijving":"%s","startdatum":"%s"}"""
                .formatted(bsnAmsterdam, LocalDate.now(NL).minusDays(5), LocalDate.now(NL).minusDays(5)));
        assertThat(cursist.status()).as("cursist bij instelling 12345: %s", cursist.body()).isEqualTo(201);
        cursistAmsterdam = cursist.body().get("id").asString();
        leningEnFactuur();
    }

    /**
     * DUO's backoffice grants the person a lening and instelling 12345 invoices his course (FactuurIngediend to DUO),
     * all through the APIs; the factuur waits at DUO for the inburgeraar's goedkeuring.
     */
    private static void leningEnFactuur() {
        var aanvraag = keten.vraag("POST", KetenService.DUO, "duo-backoffice", LENINGEN,
                invullen(LENINGVERZOEKEN.get("POST duo-service/api/v1/leningen")));
        assertThat(aanvraag.status()).as("aanvraag lening: %s", aanvraag.body()).isEqualTo(201);
        leningAmsterdam = aanvraag.body().get("id").asString();
        var beslissing = keten.vraag("POST", KetenService.DUO, "duo-backoffice",
                LENINGEN + "/" + leningAmsterdam + "/beslissing",
                invullen(LENINGVERZOEKEN.get("POST duo-service/api/v1/leningen/{id}/beslissing")));
        assertThat(beslissing.status()).as("beslissing lening: %s", beslissing.body()).isEqualTo(200);
        var factuur = keten.vraag("POST", KetenService.INSTELLING, "instelling-medewerker", "/api/v1/facturen",
                invullen(VOORBEELDEN.get("POST instelling-service/api/v1/facturen").body()
                        .replace("F-TOEGANG-1", "F-TOEGANG-0")));
        assertThat(factuur.status()).as("factuur van instelling 12345: %s", factuur.body()).isEqualTo(201);
        factuurBijInstelling = factuur.body().get("id").asString();
        factuurBijDuo = await().atMost(Duration.ofSeconds(60)).until(() -> {
            var lening = keten.vraag("GET", KetenService.DUO, "duo-backoffice", LENINGEN + "/" + leningAmsterdam,
                    null);
            return lening.body().path("facturen").path(0).path("id").asString("");
        }, id -> !id.isEmpty());
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    record Endpoint(KetenService service, RequestMethod methode, String pad, Set<Rol> rollen) {

        @Override
        public String toString() {
            return methode + " " + service.naam() + pad;
        }
    }

    @TestFactory
    List<DynamicTest> elk_endpoint_van_elke_dienst_weigert_wie_er_niet_mag_komen() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("de diensten hebben endpoints").hasSizeGreaterThan(4);
        List<DynamicTest> tests = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            tests.add(DynamicTest.dynamicTest(endpoint + " zonder token geeft 401",
                    () -> assertThat(vraag(endpoint, null).statusCode()).isEqualTo(401)));
            for (Rol rol : EnumSet.complementOf(EnumSet.copyOf(endpoint.rollen()))) {
                tests.add(DynamicTest.dynamicTest(endpoint + " met rol " + rol + " geeft 403",
                        () -> assertThat(vraag(endpoint, CLIENT_VAN_EIGEN_TENANT.get(rol)).statusCode())
                                .isEqualTo(403)));
            }
            Leesverwachting lees = LEESVERWACHTINGEN.get(endpoint.toString());
            if (lees != null) {
                Rol rol = tenantrol(endpoint);
                tests.add(DynamicTest.dynamicTest(endpoint + " met rol " + rol + " van de eigen tenant leest het eigen",
                        () -> {
                            HttpResponse<String> antwoord = vraag(endpoint, CLIENT_VAN_EIGEN_TENANT.get(rol));
                            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
                            assertThat(antwoord.body()).contains(invullen(lees.eigenBevat()));
                        }));
            }
            if (endpoint.service() == KetenService.DUO && endpoint.pad().startsWith(LENINGEN)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " met rol DUO_BACKOFFICE van een andere organisatie dan "
                        + "DUO geeft 403", () -> {
                            HttpResponse<String> antwoord = vraag(endpoint, BACKOFFICE_VAN_ANDERE_OIN.clientId(),
                                    LENINGVERZOEKEN.get(endpoint.toString()));
                            assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(403);
                            assertThat(antwoord.body()).doesNotContain(bsnAmsterdam).doesNotContain(leningAmsterdam);
                        }));
            }
            for (Rol rol : endpoint.rollen()) {
                String andere = CLIENT_VAN_ANDERE_TENANT.get(rol);
                if (andere != null) {
                    tests.add(DynamicTest.dynamicTest(endpoint + " met rol " + rol + " van een andere gemeente"
                            + " geeft geen gegevens van de eerste", () -> {
                                HttpResponse<String> antwoord = vraag(endpoint, andere);
                                assertThat(antwoord.statusCode()).isIn(200, 201, 400, 403, 404, 409);
                                assertThat(antwoord.body()).doesNotContain(bsnAmsterdam).doesNotContain(idAmsterdam)
                                        .doesNotContain(cursistAmsterdam).doesNotContain(leningAmsterdam)
                                        .doesNotContain(factuurBijDuo).doesNotContain(factuurBijInstelling);
                                if (lees != null) {
                                    assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(lees.andereStatus());
                                    if (lees.andereBody() != null) {
                                        assertThat(antwoord.body().strip()).isEqualTo(lees.andereBody());
                                    }
                                }
                            }));
                }
            }
        }
        return tests;
    }

    /**
     * Every write endpoint a tenant role may call, with a valid request: first another gemeente's request for each
     * (refused, or finding nothing), then the own gemeente's (past validation: not 400, not refused, no 5xx), so that
     * no own write (a deletion) weakens another endpoint's refusal.
     */
    @TestFactory
    List<DynamicTest> elk_schrijvend_endpoint_weigert_een_geldig_verzoek_van_een_andere_gemeente_en_laat_de_eigen_door() {
        List<Endpoint> schrijvend = endpoints().stream()
                .filter(e -> e.methode() != RequestMethod.GET && e.methode() != RequestMethod.HEAD)
                .filter(e -> tenantrol(e) != null).toList();
        assertThat(schrijvend).as("schrijvende endpoints met een tenantrol").hasSizeGreaterThan(4);
        List<DynamicTest> andere = new ArrayList<>();
        List<DynamicTest> eigen = new ArrayList<>();
        Set<String> gevonden = new java.util.HashSet<>();
        for (Endpoint endpoint : schrijvend) {
            gevonden.add(endpoint.toString());
            Voorbeeld voorbeeld = VOORBEELDEN.get(endpoint.toString());
            if (voorbeeld == null) {
                andere.add(DynamicTest.dynamicTest(endpoint + " heeft een geldig voorbeeldverzoek", () -> org.assertj
                        .core.api.Assertions.fail("Geen geldig voorbeeldverzoek voor " + endpoint + ": voeg een body "
                                + "die de validatie doorstaat en wat een andere gemeente krijgt toe aan VOORBEELDEN in "
                                + "ToegangPerEndpointE2ETest")));
                continue;
            }
            Rol rol = tenantrol(endpoint);
            andere.add(DynamicTest.dynamicTest(endpoint + " met een geldig verzoek van een andere gemeente: "
                    + voorbeeld.andere(), () -> {
                        HttpResponse<String> antwoord = vraag(endpoint, CLIENT_VAN_ANDERE_TENANT.get(rol),
                                voorbeeld.body());
                        switch (voorbeeld.andere()) {
                            case GEWEIGERD -> assertThat(antwoord.statusCode()).as(antwoord.body()).isIn(403, 404);
                            case VINDT_NIETS -> assertThat(antwoord.statusCode()).as(antwoord.body()).isEqualTo(200);
                            case EIGEN_GEGEVENS -> assertThat(antwoord.statusCode()).as(antwoord.body())
                                    .isNotIn(400, 401, 403).isLessThan(500);
                        }
                        assertThat(antwoord.body()).doesNotContain(bsnAmsterdam).doesNotContain(idAmsterdam)
                                        .doesNotContain(cursistAmsterdam).doesNotContain(leningAmsterdam)
                                        .doesNotContain(factuurBijDuo).doesNotContain(factuurBijInstelling);
                        ANTWOORDEN.computeIfAbsent("andere gemeente " + antwoord.statusCode(),
                                k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                    }));
            String eigenClient = voorbeeld.eigenClient() != null ? voorbeeld.eigenClient()
                    : CLIENT_VAN_EIGEN_TENANT.get(rol);
            eigen.add(DynamicTest.dynamicTest(endpoint + " met een geldig verzoek van de eigen gemeente doorstaat de "
                    + "validatie", () -> {
                        HttpResponse<String> antwoord = vraag(endpoint, eigenClient, voorbeeld.body());
                        boolean regel = voorbeeld.regel() != null && antwoord.body().contains(voorbeeld.regel());
                        assertThat(antwoord.statusCode()).as("%s: %s", endpoint, antwoord.body())
                                .isNotIn(regel ? List.of(401, 413, 429) : List.of(400, 401, 403, 413, 429))
                                .isLessThan(500);
                        ANTWOORDEN.computeIfAbsent("eigen gemeente " + antwoord.statusCode(),
                                k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
                    }));
        }
        List<DynamicTest> tests = new ArrayList<>(andere);
        tests.addAll(eigen);
        tests.add(DynamicTest.dynamicTest("elk voorbeeldverzoek hoort bij een bestaand endpoint", () -> {
            System.out.println("Toegang per schrijvend endpoint: " + schrijvend.size() + " endpoints met een geldig "
                    + "verzoek; antwoorden " + new java.util.TreeMap<>(ANTWOORDEN));
            assertThat(gevonden).containsAll(VOORBEELDEN.keySet());
        }));
        return tests;
    }

    /** The role of the endpoint for which the chain has a demo client of two gemeenten, if any. */
    private static Rol tenantrol(Endpoint endpoint) {
        return endpoint.rollen().stream().filter(CLIENT_VAN_ANDERE_TENANT::containsKey).findFirst().orElse(null);
    }

    /** Every endpoint of our own controllers, with the roles it allows; one without a rule fails here. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (KetenService service : lokaal.services()) {
            var mappings = lokaal.context(service).getBeansOfType(RequestMappingHandlerMapping.class).values();
            for (RequestMappingHandlerMapping mapping : mappings) {
                for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                    HandlerMethod methode = entry.getValue();
                    if (!methode.getBeanType().getName().startsWith("nl.inburgering.")) {
                        continue;
                    }
                    Toegang toegang = ToegangInterceptor.toegang(methode);
                    assertThat(toegang).as("toegangsregel van " + methode).isNotNull();
                    for (String pad : entry.getKey().getPatternValues()) {
                        for (RequestMethod http : entry.getKey().getMethodsCondition().getMethods()) {
                            endpoints.add(new Endpoint(service, http, pad, EnumSet.copyOf(List.of(toegang.value()))));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    private HttpResponse<String> vraag(Endpoint endpoint, String client) throws Exception {
        Voorbeeld voorbeeld = VOORBEELDEN.get(endpoint.toString());
        return vraag(endpoint, client, voorbeeld != null ? voorbeeld.body() : "{\"bsn\":\"" + bsnAmsterdam + "\"}");
    }

    /**
     * The path variables: the first gemeente's person and its records; an afspraak (it needs a toets DUO has set ready)
     * and a COA koppeling (an asielstatushouder) it has not, so those are ids of nothing, which both sides get 404 for.
     */
    private HttpResponse<String> vraag(Endpoint endpoint, String client, String body) throws Exception {
        String pad = endpoint.pad().replace("{bsn}", bsnAmsterdam)
                .replace("{id}", endpoint.pad().startsWith("/m2m/v1/contactpersonen") ? contactpersoonAmsterdam
                        : endpoint.service() == KetenService.INSTELLING && endpoint.pad().startsWith("/api/v1/facturen/")
                                ? factuurBijInstelling
                        : endpoint.pad().startsWith(LENINGEN + "/") ? leningAmsterdam
                        : endpoint.pad().startsWith("/api/v1/mijn-lening/facturen/") ? factuurBijDuo
                        : endpoint.service() == KetenService.INSTELLING ? cursistAmsterdam : idAmsterdam)
                .replace("{factuurId}", factuurBijDuo)
                .replace("{oproepId}", oproepAmsterdam).replace("{instellingsnummer}", "0000012345")
                .replace("{afspraakId}", UUID.randomUUID().toString())
                .replace("{koppelingId}", UUID.randomUUID().toString())
                .replaceAll("\\{[^}]+}", "x");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lokaal.baseUrl(endpoint.service()) + pad))
                .header("Content-Type", "application/json")
                .method(endpoint.methode().name(), endpoint.methode() == RequestMethod.GET || body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(invullen(body)));
        if (pad.startsWith("/m2m/")) {
            String bron = client == null ? "00000001002564440000"
                    : OIN_VAN_CLIENT.getOrDefault(client, "00000001002564440000");
            request.header("bron", bron)
                    .header("doel", Keten.DUO_OIN).header("berichtId", UUID.randomUUID().toString());
        }
        if (client != null) {
            request.header("Authorization", "Bearer " + lokaal.token(client, endpoint.service().naam()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body with its placeholders filled in. */
    private static String invullen(String body) {
        LocalDate vandaag = LocalDate.now(NL);
        java.time.OffsetDateTime nu = java.time.OffsetDateTime.now(NL).withNano(0);
        return body.replace("$NIEUW_BSN", TestBsn.nieuw()).replace("$BSN", bsnAmsterdam)
                .replace("$LENING", String.valueOf(leningAmsterdam))
                .replace("$FACTUUR_INSTELLING", String.valueOf(factuurBijInstelling))
                .replace("$VANDAAG", vandaag.toString()).replace("$MORGEN", vandaag.plusDays(1).toString())
                .replace("$OVER_EEN_MAAND", vandaag.plusMonths(1).toString())
                .replace("$OVER_TWEE_JAAR", vandaag.plusYears(2).toString())
                .replace("$OVER_TWEE_DAGEN", nu.plusDays(2).toString()).replace("$NU", nu.toString());
    }
}
