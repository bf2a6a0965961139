package nl.inburgering.gemeente.inburgeraar.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a werkvoorraad page ends (decision 0044): the sort key of its last row, so the next page starts right after it
 * however deep it is (keyset pagination) and a row added or removed between pages moves no other row to the wrong page.
 * The key is the order's own value (the einddatum of the termijn or the oldest signal's day; none for nieuwste eerst),
 * then {@code ontvangenOp} newest first, then the row's {@code id}, which makes the order total. It travels as an opaque
 * base64url text that names no person (no BSN in a URL).
 *
 * @param sortering the order the key belongs to; a cursor of another order is refused
 * @param waarde    the order's own value of the last row (null for {@link Werkvoorraadvraag.Sortering#NIEUWSTE_EERST},
 *                  or when that row had none: those come last)
 * @param ontvangenOp when the last row's plicht reached the gemeente
 * @param id        the last row's id
 */
public record Werkvoorraadcursor(Werkvoorraadvraag.Sortering sortering, LocalDate waarde, Instant ontvangenOp, UUID id) {

    private static final String VERSIE = "1";

    /** The total order of the werkvoorraad on these keys: as the database orders {@code ontvangen_op desc, id desc}. */
    public static Comparator<Werkvoorraadcursor> volgorde() {
        Comparator<Werkvoorraadcursor> nieuwsteEerst = Comparator.comparing(Werkvoorraadcursor::ontvangenOp).reversed()
                // PostgreSQL orders a uuid by its bytes, unsigned: the order of its lower-case hexadecimal text
                .thenComparing(c -> c.id().toString(), Comparator.reverseOrder());
        return Comparator.comparing(Werkvoorraadcursor::waarde, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(nieuwsteEerst);
    }

    /** The opaque text for {@code ?cursor=}. */
    public String tekst() {
        String sleutel = String.join("|", VERSIE, sortering.name(), waarde == null ? "" : waarde.toString(),
                ontvangenOp.toString(), id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sleutel.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor this service handed out for the same order.
     *
     * @return empty when the text is no such cursor (the caller answers 400)
     */
    public static Optional<Werkvoorraadcursor> lees(String tekst, Werkvoorraadvraag.Sortering sortering) {
        if (tekst == null || tekst.isEmpty() || tekst.length() > 200) {
            return Optional.empty();
        }
        try {
            String[] delen = new String(Base64.getUrlDecoder().decode(tekst), StandardCharsets.UTF_8).split("\\|", -1);
            if (delen.length != 5 || !VERSIE.equals(delen[0]) || !sortering.name().equals(delen[1])
                    || (sortering == Werkvoorraadvraag.Sortering.NIEUWSTE_EERST && !delen[2].isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new Werkvoorraadcursor(sortering, delen[2].isEmpty() ? null : LocalDate.parse(delen[2]),
                    Instant.parse(delen[3]), UUID.fromString(delen[4])));
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
