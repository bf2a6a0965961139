package nl.inburgering.platform.web;

/**
 * One validation problem in a problem+json answer, in the shape used by the Haal Centraal APIs.
 *
 * @param name   the field, as a JSON path in the request (e.g. {@code bsn}, {@code adres.postcode})
 * @param code   a stable machine-readable code (e.g. {@code required}, {@code elfproef})
 * @param reason a human-readable explanation
 */
public record InvalidParam(String name, String code, String reason) {
}
