package nl.inburgering.duo.m2m.web.gedeeld;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Checks what every DUO M2M request carries: the {@code bsn} in the path and the headers {@code bron},
 * {@code doel} (OINs of 20 characters) and {@code berichtId} (a UUID). Every problem is reported at once,
 * as a 400 with problem+json.
 *
 * <p>A {@code doel} that is not DUO's own OIN is a 400, not a 403: the message is addressed to another
 * organisation, a mistake in the request itself that the sender can fix, and it says nothing about whether
 * the sender may see the person. 403 ("Niet geautoriseerd") is kept for the authorisation of the bron.
 */
public class M2mVerzoekvalidatie {

    static final int OIN_LENGTE = 20;
    private static final Pattern NEGEN_CIJFERS = Pattern.compile("[0-9]{9}");
    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final String duoOin;

    public M2mVerzoekvalidatie(String duoOin) {
        this.duoOin = duoOin;
    }

    /** @throws OngeldigeInvoerException listing every problem, when there is one */
    public void controleer(String bsn, String bron, String doel, String berichtId) {
        List<InvalidParam> problemen = new ArrayList<>();
        if (bsn == null || !NEGEN_CIJFERS.matcher(bsn).matches()) {
            problemen.add(new InvalidParam("bsn", "pattern", "Het BSN bestaat uit precies negen cijfers."));
        } else if (!Bsn.isValid(bsn)) {
            problemen.add(new InvalidParam("bsn", "elfproef", "Het BSN voldoet niet aan de elfproef."));
        }
        controleerHeaders(bron, doel, berichtId, problemen);
    }

    /** For operations without a person in the path (e.g. {@code /instellingen}, {@code /contactpersonen}). */
    public void controleerBericht(String bron, String doel, String berichtId) {
        controleerHeaders(bron, doel, berichtId, new ArrayList<>());
    }

    private void controleerHeaders(String bron, String doel, String berichtId, List<InvalidParam> problemen) {
        oin("bron", bron, problemen);
        if (oin("doel", doel, problemen) && !doel.equals(duoOin)) {
            problemen.add(new InvalidParam("doel", "wrongRecipient",
                    "Het doel is niet het OIN van DUO: dit bericht is niet voor DUO bestemd."));
        }
        if (leeg(berichtId)) {
            problemen.add(new InvalidParam("berichtId", "required", "De header berichtId ontbreekt."));
        } else if (!isUuid(berichtId)) {
            problemen.add(new InvalidParam("berichtId", "format", "De header berichtId is geen UUID."));
        }
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
    }

    static boolean isUuid(String waarde) {
        return waarde != null && UUID.matcher(waarde).matches();
    }

    /** Whether the OIN header is present with the spec's length (the spec sets no pattern). */
    private static boolean oin(String header, String waarde, List<InvalidParam> problemen) {
        if (leeg(waarde)) {
            problemen.add(new InvalidParam(header, "required", "De header " + header + " ontbreekt."));
            return false;
        }
        if (waarde.length() != OIN_LENGTE) {
            problemen.add(new InvalidParam(header, "length",
                    "De header " + header + " is een OIN van precies " + OIN_LENGTE + " tekens."));
            return false;
        }
        return true;
    }

    private static boolean leeg(String waarde) {
        return waarde == null || waarde.isEmpty();
    }
}
