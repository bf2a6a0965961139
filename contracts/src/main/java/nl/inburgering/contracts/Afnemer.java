package nl.inburgering.contracts;

import java.util.Locale;
import java.util.Objects;

/**
 * One recipient of a stelseldienst that is split per recipient (decision 0018): a partner of which there is one
 * (COA, DUO, IND: {@code code} is null), or one gemeente (its four-digit gemeentecode) or one instelling (its
 * instellingsnummer). Its topic is the stelseldienst's name followed by {@link #achtervoegsel()}, e.g.
 * {@code duo.inburgeringsplicht.v1.gemeente.0363} or {@code duo.inburgeringsplicht.v1.coa}, and its Kafka principal is
 * {@link #principal()}.
 */
public record Afnemer(Ketenpartner partner, String code) {

    public Afnemer {
        Objects.requireNonNull(partner, "partner");
        if (partner.veelvoudig()) {
            if (code == null || !code.matches("[0-9A-Za-z]{1,20}")) {
                throw new IllegalArgumentException("een " + partner.name().toLowerCase(Locale.ROOT)
                        + " als afnemer heeft een code (gemeentecode, instellingsnummer) van letters en cijfers: "
                        + code);
            }
        } else if (code != null) {
            throw new IllegalArgumentException(partner + " is één organisatie en heeft geen code: " + code);
        }
    }

    /** COA, DUO, IND, ...: a partner that is one organisation. */
    public static Afnemer van(Ketenpartner partner) {
        return new Afnemer(partner, null);
    }

    public static Afnemer gemeente(String gemeentecode) {
        return new Afnemer(Ketenpartner.GEMEENTE, gemeentecode);
    }

    public static Afnemer instelling(String instellingsnummer) {
        return new Afnemer(Ketenpartner.INSTELLING, instellingsnummer);
    }

    /** {@code coa}, {@code gemeente.0363}, {@code instelling.12345}: what follows the stelseldienst in a topic name. */
    public String achtervoegsel() {
        String naam = partner.name().toLowerCase(Locale.ROOT);
        return code == null ? naam : naam + "." + code;
    }

    /** The name of this recipient in the chain: {@code coa}, {@code gemeente-0363}, {@code instelling-12345}. */
    public String naam() {
        String naam = partner.name().toLowerCase(Locale.ROOT);
        return code == null ? naam : naam + "-" + code;
    }

    /** Its Kafka principal on a shared cluster: {@code User:coa}, {@code User:gemeente-0363}. */
    public String principal() {
        return "User:" + naam();
    }

    @Override
    public String toString() {
        return naam();
    }
}
