package nl.inburgering.gemeente.inburgeraar.api;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What needs the klantmanager's action on an inburgeraar (issue 14 item 6, seed §9.3 and §15.6), shown on his
 * werkvoorraad row and filterable ({@code signaal=...}). Each is computed when the werkvoorraad is read, from the
 * facts DUO delivered and the service's clock (decision 0031).
 */
public enum Signaalsoort {
    /** His termijn ends within 4 weeks (today is at most 28 days before its last day). */
    TERMIJN_EINDIGT_BINNEN_4_WEKEN,
    /** The last day of his termijn has passed and DUO did not end his plicht. */
    TERMIJN_OVERSCHREDEN,
    /** DUO sent the vooraankondiging boete (#7, reden VOORAANKONDIGING_BOETE) and no boete or new termijn since. */
    VOORAANKONDIGING_BOETE,
    /** The plicht reached the gemeente 10 weeks ago and no PIP was vastgesteld (seed §4: the leerroute in 10 weeks). */
    TIEN_WEKEN_LEERROUTE_VERSTREKEN,
    /**
     * DUO signalled him (#7) and its uiterlijke leverdatum (10 werkdagen) passed without the gemeente delivering
     * results (#17) or inspanning (#18) since the signal.
     */
    SIGNAAL_ONBEANTWOORD,
    /** DUO imposed a boete (#8); shown until his new termijn is overtaken by another fact. */
    BOETE_OPGELEGD,
    /** DUO decided voldaan with an inburgeringscertificaat (Z-route): the gemeente hands it over (seed §15.6). */
    CERTIFICAAT_UITREIKEN,
    /**
     * DUO changed his doelgroep (#3 gewijzigd DOELGROEP_GEWIJZIGD): the gemeente passes on the doelgroepkeuze (#16)
     * within 10 weeks; shown until DUO confirmed a keuze or the 10 weeks passed (issue 15, decision 0036).
     */
    DOELGROEPKEUZE_DOORGEVEN,
    /**
     * DUO granted a gedeeltelijke vrijstelling (#11) or ontheffing (#12): the gemeente sets the PIP again (seed §10.2,
     * §11.2), or, before any PIP, completes the brede intake with the new facts; shown until a PIP is vastgesteld or
     * gewijzigd after the decision arrived (issue 15, decision 0036).
     */
    PIP_OPNIEUW_VASTSTELLEN,
    /**
     * He moved here from another gemeente (#3 gewijzigd GEMEENTE_GEWIJZIGD): this gemeente asked the old one for his
     * dossier (#19); shown until the overdracht arrived (issue 16, decision 0038).
     */
    OVERDRACHT_GEVRAAGD,
    /** The old gemeente handed over a PIP (#19): judge it and take it over or set a new one (seed §13.2). */
    PIP_VORIGE_GEMEENTE_BEOORDELEN,
    /** The old gemeente handed over no PIP (#19): this gemeente starts with the brede intake (seed §13.2). */
    BREDE_INTAKE_NA_VERHUIZING;

    /** Every value, as the regular expression a request parameter is validated with. */
    public static final String PATROON = "TERMIJN_EINDIGT_BINNEN_4_WEKEN|TERMIJN_OVERSCHREDEN|VOORAANKONDIGING_BOETE"
            + "|TIEN_WEKEN_LEERROUTE_VERSTREKEN|SIGNAAL_ONBEANTWOORD|BOETE_OPGELEGD|CERTIFICAAT_UITREIKEN"
            + "|DOELGROEPKEUZE_DOORGEVEN|PIP_OPNIEUW_VASTSTELLEN|OVERDRACHT_GEVRAAGD|PIP_VORIGE_GEMEENTE_BEOORDELEN"
            + "|BREDE_INTAKE_NA_VERHUIZING";

    /** The values joined as {@link #PATROON} must be (a test keeps them equal). */
    public static String patroonVanDeWaarden() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining("|"));
    }
}
