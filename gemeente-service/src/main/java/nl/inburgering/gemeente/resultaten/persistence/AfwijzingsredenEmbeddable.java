package nl.inburgering.gemeente.resultaten.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rule DUO found broken, as DUO worded it. */
@Embeddable
public class AfwijzingsredenEmbeddable {

    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String omschrijving;

    protected AfwijzingsredenEmbeddable() {
    }

    public AfwijzingsredenEmbeddable(String code, String omschrijving) {
        this.code = code;
        this.omschrijving = omschrijving;
    }

    public String getCode() {
        return code;
    }

    public String getOmschrijving() {
        return omschrijving;
    }
}
