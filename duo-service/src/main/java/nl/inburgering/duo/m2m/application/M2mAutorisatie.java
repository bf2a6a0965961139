package nl.inburgering.duo.m2m.application;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a bron may consult a person over DUO's M2M APIs. Called after the
 * request itself is found valid (headers and BSN), before any data is read.
 *
 * <p><b>Seam for a later issue.</b> Today every well-formed request is allowed. The later issue adds here:
 * the OIN in the caller's token (PKIoverheid certificate / OAuth) must equal {@code bron}, and the person must
 * be relevant for that gemeente (ingezetene and not in a COA location, or coupled by COA, or the current
 * PIP is the gemeente's, or the current PIP is younger than a month and the previous one was the
 * gemeente's; README "Voorwaarden Gegevensuitwisseling"). A refusal throws
 * {@link NietGeautoriseerdException}, which the M2M controllers answer with 403.
 */
@Component
public class M2mAutorisatie {

    /**
     * @param bronOin the OIN of the requesting organisation (the {@code bron} header, already checked for length)
     * @param bsn     the person asked for (already checked: nine digits, elfproef)
     * @throws NietGeautoriseerdException when the bron may not see this person
     */
    public void controleer(String bronOin, String bsn) {
        // Allowed until authentication and the relevance rule arrive (see the class comment).
    }
}
