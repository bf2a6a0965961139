package nl.inburgering.keten.local.tokens;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A client of the local token issuer ({@link LocalTokenIssuer}) and what its tokens say about it: the role, the
 * organisation (OIN) and, for a gemeente or an instelling, the tenant. Every client may ask for a token for
 * every service; the services decide what the role may do there.
 *
 * @param clientId          the client id, also the token's {@code sub}
 * @param rol               the token's {@code roles} claim (one role)
 * @param organisatieOin    the token's {@code organisatie_oin}: the 20-digit OIN of the client's organisation
 * @param gemeentecode      the token's {@code gemeentecode} (4 digits) for a gemeente client, otherwise null
 * @param instellingsnummer the token's {@code instellingsnummer} for an instelling client, otherwise null
 * @param omschrijving      who uses this client (for the launcher and the README)
 * @param bsn               the token's {@code bsn} for a citizen (an INBURGERAAR, as DigiD would vouch), otherwise null
 */
public record DemoClient(String clientId, Rol rol, String organisatieOin, String gemeentecode,
        String instellingsnummer, String omschrijving, String bsn) {

    /** The client secret of every demo client. Local use only. */
    public static final String SECRET = "geheim";

    /** The roles a token can carry ({@code roles} claim). */
    public enum Rol {
        GEMEENTE_KLANTMANAGER, DUO_BACKOFFICE, IND_MEDEWERKER, COA_MEDEWERKER, INSTELLING_MEDEWERKER,
        SZW_MEDEWERKER, PARTNERSYSTEEM, MONITORING, BEHEERDER, INBURGERAAR
    }

    public static final String OIN_AMSTERDAM = "00000001002564440000";
    public static final String OIN_ROTTERDAM = "00000001002220647000";
    public static final String OIN_UTRECHT = "00000001002306608000";
    public static final String OIN_DUO = "00000001003214345000";
    public static final String OIN_IND = "00000001003214369000";
    public static final String OIN_COA = "00000001004210413000";
    public static final String OIN_INSTELLING = "00000001812345678000";
    /** A second instelling, so that the tenancy of the instelling-service can be shown (issue 13). */
    public static final String OIN_INSTELLING_67890 = "00000001867890123000";
    public static final String OIN_SZW = "00000001003214382000";
    /** The OIN of the chain's operator (beheer), whose monitoring reads the services' actuator endpoints. */
    public static final String OIN_BEHEER = "00000001003214395000";
    /**
     * The BSN of the demo inburgeraar (a test BSN that passes the elfproef): the citizen who logs in to Mijn DUO with
     * DigiD, here without DigiD (issue 16, the goedkeuring of a factuur from his lening).
     */
    public static final String BSN_DEMO_INBURGERAAR = "999990019";
    /**
     * The BSN of a second inburgeraar (a test BSN that passes the elfproef), so that Mijn DUO's scoping to the person
     * of the token can be shown: he never sees or approves the lening or facturen of the first (issue 16).
     */
    public static final String BSN_ANDERE_INBURGERAAR = "999990056";

    /** The demo clients: two gemeenten (a klantmanager and the gemeente's own systems each), DUO, IND, COA, two instellingen, SZW, monitoring, the operator and two inburgeraars. */
    public static final List<DemoClient> ALLE = List.of(
            gemeente("klantmanager-amsterdam", Rol.GEMEENTE_KLANTMANAGER, "0363", OIN_AMSTERDAM,
                    "klantmanager of gemeente Amsterdam"),
            gemeente("klantmanager-rotterdam", Rol.GEMEENTE_KLANTMANAGER, "0599", OIN_ROTTERDAM,
                    "klantmanager of gemeente Rotterdam"),
            gemeente("gemeentesysteem-amsterdam", Rol.PARTNERSYSTEEM, "0363", OIN_AMSTERDAM,
                    "Amsterdam's own systems: BRP-bijhouding, connection to DUO's M2M API"),
            gemeente("gemeentesysteem-rotterdam", Rol.PARTNERSYSTEEM, "0599", OIN_ROTTERDAM,
                    "Rotterdam's own systems: BRP-bijhouding, connection to DUO's M2M API"),
            gemeente("klantmanager-utrecht", Rol.GEMEENTE_KLANTMANAGER, "0344", OIN_UTRECHT,
                    "klantmanager of gemeente Utrecht (a gemeente with an AZC)"),
            gemeente("gemeentesysteem-utrecht", Rol.PARTNERSYSTEEM, "0344", OIN_UTRECHT,
                    "Utrecht's own systems: BRP-bijhouding, connection to DUO's M2M API"),
            organisatie("duo-backoffice", Rol.DUO_BACKOFFICE, OIN_DUO, "DUO backoffice employee"),
            organisatie("duosysteem", Rol.PARTNERSYSTEEM, OIN_DUO,
                    "DUO's own systems: its notifications to a gemeente's Notificatie API (issue 14)"),
            organisatie("ind-medewerker", Rol.IND_MEDEWERKER, OIN_IND, "IND employee (verblijfsvergunningen)"),
            organisatie("indsysteem", Rol.PARTNERSYSTEEM, OIN_IND, "IND's own systems"),
            organisatie("coa-medewerker", Rol.COA_MEDEWERKER, OIN_COA, "COA employee"),
            new DemoClient("instelling-medewerker", Rol.INSTELLING_MEDEWERKER, OIN_INSTELLING, null, "12345",
                    "employee of inburgeringsinstelling 12345", null),
            new DemoClient("instelling-medewerker-67890", Rol.INSTELLING_MEDEWERKER, OIN_INSTELLING_67890, null,
                    "67890", "employee of inburgeringsinstelling 67890 (another instelling: its cursisten only)", null),
            organisatie("szw-medewerker", Rol.SZW_MEDEWERKER, OIN_SZW, "SZW employee (ministry)"),
            organisatie("monitoring", Rol.MONITORING, OIN_BEHEER,
                    "the operator's monitoring: /actuator/prometheus, /actuator/metrics, /actuator/health"),
            organisatie("beheerder", Rol.BEHEERDER, OIN_BEHEER,
                    "the operator of the services: dead letters, and the clock of the local chain"),
            new DemoClient("inburgeraar", Rol.INBURGERAAR, OIN_DUO, null, null,
                    "an inburgeraar in Mijn DUO (as if logged in with DigiD; his own lening only)",
                    BSN_DEMO_INBURGERAAR),
            new DemoClient("inburgeraar-2", Rol.INBURGERAAR, OIN_DUO, null, null,
                    "another inburgeraar in Mijn DUO (his own lening only, never the first one's)",
                    BSN_ANDERE_INBURGERAAR));

    public DemoClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(rol, "rol");
        if (organisatieOin == null || !organisatieOin.matches("\\d{20}")) {
            throw new IllegalArgumentException("organisatieOin must be 20 digits: " + organisatieOin);
        }
        if (gemeentecode != null && !gemeentecode.matches("\\d{4}")) {
            throw new IllegalArgumentException("gemeentecode must be 4 digits: " + gemeentecode);
        }
        if (bsn != null && (rol != Rol.INBURGERAAR || !bsn.matches("\\d{9}"))) {
            throw new IllegalArgumentException("only an INBURGERAAR client carries a bsn (9 digits)");
        }
        if (gemeentecode != null && instellingsnummer != null) {
            throw new IllegalArgumentException("a client belongs to a gemeente or to an instelling, not both");
        }
    }

    /** A client of a gemeente (the token carries {@code gemeentecode}). */
    public static DemoClient gemeente(String clientId, Rol rol, String gemeentecode, String organisatieOin,
            String omschrijving) {
        return new DemoClient(clientId, rol, organisatieOin, Objects.requireNonNull(gemeentecode), null, omschrijving,
                null);
    }

    /** A client of an organisation without a tenant claim (DUO, IND, COA, SZW). */
    public static DemoClient organisatie(String clientId, Rol rol, String organisatieOin, String omschrijving) {
        return new DemoClient(clientId, rol, organisatieOin, null, null, omschrijving, null);
    }

    /** The demo client with this id. */
    public static Optional<DemoClient> of(String clientId) {
        return ALLE.stream().filter(c -> c.clientId.equals(clientId)).findFirst();
    }

    /** The demo client of the gemeente's own systems ({@code gemeentesysteem-...}) for a gemeentecode. */
    public static DemoClient gemeentesysteem(String gemeentecode) {
        return ALLE.stream()
                .filter(c -> c.rol == Rol.PARTNERSYSTEEM && gemeentecode.equals(c.gemeentecode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo gemeentesysteem for gemeente " + gemeentecode));
    }

    /** "gemeentecode 0363", "instellingsnummer 12345", "bsn (DigiD)" or "-". */
    public String tenant() {
        if (gemeentecode != null) {
            return "gemeentecode " + gemeentecode;
        }
        if (instellingsnummer != null) {
            return "instellingsnummer " + instellingsnummer;
        }
        if (bsn != null) {
            // never the BSN itself in a listing or a log
            return "bsn (DigiD)";
        }
        return "-";
    }
}
