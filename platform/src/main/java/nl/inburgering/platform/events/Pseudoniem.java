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

    public Pseudoniem(String geheim) {
        if (geheim == null || geheim.isBlank()) {
            throw new IllegalArgumentException("keten.pseudonimisering.sleutel is niet ingesteld");
        }
        this.sleutel = new SecretKeySpec(geheim.getBytes(StandardCharsets.UTF_8), ALGORITME);
    }

    public String van(String bsn) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel);
            byte[] hash = mac.doFinal(bsn.getBytes(StandardCharsets.UTF_8));
            // 128 bits are plenty to avoid collisions and keep keys short.
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }
}
