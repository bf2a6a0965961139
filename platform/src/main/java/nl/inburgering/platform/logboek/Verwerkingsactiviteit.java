package nl.inburgering.platform.logboek;

import java.util.Objects;

/**
 * A processing activity from the register of processing activities (AVG art. 30), as the Logboek
 * dataverwerkingen refers to it ({@code dpl.core.processing_activity_id}). Declare one constant per
 * activity in the service that performs it.
 *
 * @param id   stable URI or identifier of the activity in the register, e.g.
 *             {@code https://inburgering.nl/verwerkingsactiviteiten/werkvoorraad-raadplegen}
 * @param naam human-readable name of the activity; never personal data (it also names a span)
 */
public record Verwerkingsactiviteit(String id, String naam) {

    public Verwerkingsactiviteit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(naam, "naam");
        if (id.isBlank() || naam.isBlank()) {
            throw new IllegalArgumentException("een verwerkingsactiviteit heeft een id en een naam");
        }
    }
}
