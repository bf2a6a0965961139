package nl.inburgering.platform.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives a stable pseudonym from a BSN with HMAC-SHA256. Used as the Kafka partition key (so one
 * person's events stay in order) and as the data subject id in logs, without exposing the BSN.
 */
public final class Pseudoniem {

    private static final String ALGORITME = "HmacSHA256";
    private final SecretKeySpec sleutel;
    /**
     * A Mac initialised once with the key and never used itself, only cloned: a {@link Mac} is not thread-safe, and
     * {@code Mac.getInstance} and {@code init} per pseudonym (a provider lookup, a new digest, the key's pads) were in
     * every event's profile (decision 0054). A clone copies the initialised state; unlike a ThreadLocal it leaves
     * nothing behind in pooled threads.
     */
    private final Mac voorbeeld;

    public Pseudoniem(String geheim) {
        if (geheim == null || geheim.isBlank()) {
            throw new IllegalArgumentException("keten.pseudonimisering.sleutel is niet ingesteld");
        }
        this.sleutel = new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), ALGORITME);
        this.voorbeeld = nieuweMac();
    }

    public String van(String bsn) {
        byte[] hash = mac().doFinal(bsn.getBytes(StandardCharsets.UTF_8));
        // 128 bits are plenty to avoid collisions and keep keys short.
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private Mac mac() {
        try {
            return (Mac) voorbeeld.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose Mac cannot be cloned (SunJCE's can): a new one per pseudonym, as before
            return nieuweMac();
        }
    }

    private Mac nieuweMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }
}
