package nl.inburgering.duo.m2m.web.gedeeld;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code keten.duo.m2m.*} in duo-service.yml: the limits per client (the OIN of the token) on DUO's M2M APIs.
 *
 * @param verzoekenPerSeconde     the sustained rate of requests a client may make (token bucket refill)
 * @param piek                    how many requests a client may make at once (token bucket size)
 * @param weigeringenPerVenster   how many persons a client may be refused (unknown or not relevant) per window
 *                                before its person requests answer 429 until the window ends
 * @param alarmVanafWeigeringen   from this many refusals in a window a client is logged as an alarm (once per window)
 * @param venster                 the window of the refusal count
 */
@ConfigurationProperties("keten.duo.m2m")
public record M2mBegrenzingProperties(double verzoekenPerSeconde, int piek, int weigeringenPerVenster,
        int alarmVanafWeigeringen, Duration venster) {

    public M2mBegrenzingProperties {
        if (verzoekenPerSeconde <= 0 || piek < 1 || weigeringenPerVenster < 1 || alarmVanafWeigeringen < 1
                || venster == null || venster.isNegative() || venster.isZero()) {
            throw new IllegalStateException("keten.duo.m2m: verzoeken-per-seconde, piek, weigeringen-per-venster,"
                    + " alarm-vanaf-weigeringen en venster moeten positief zijn");
        }
    }
}
