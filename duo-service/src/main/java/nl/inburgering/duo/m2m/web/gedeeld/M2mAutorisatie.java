package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Relevantie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.security.KetenGebruiker;

/**
 * The one place that decides whether a bron may consult a person over DUO's M2M APIs. Called after the
 * request itself is found valid (headers and BSN), before any data is read: the OIN in the caller's token
 * must be the {@code bron}, the caller must act for a gemeente, and the person must be relevant for that
 * gemeente ({@link Relevantie}, the person core's rule). A person DUO does not know is left to the 404 of the
 * resource.
 */
@Component
public class M2mAutorisatie {

    private final Relevantie relevantie;

    public M2mAutorisatie(Relevantie relevantie) {
        this.relevantie = relevantie;
    }

    /**
     * @param bronOin the OIN of the requesting organisation (the {@code bron} header, already checked for length)
     * @param bsn     the person asked for (already checked: nine digits, elfproef)
     * @throws NietGeautoriseerdException when the bron may not see this person
     */
    public void controleer(String bronOin, String bsn) {
        KetenGebruiker gebruiker = KetenGebruiker.huidig();
        if (!bronOin.equals(gebruiker.organisatieOin())) {
            throw new NietGeautoriseerdException("de bron is niet de organisatie van het token");
        }
        String gemeente = gebruiker.gemeentecode()
                .orElseThrow(() -> new NietGeautoriseerdException("het token hoort niet bij een gemeente"));
        if (!relevantie.isRelevant(Bsn.of(bsn), gemeente)) {
            throw new NietGeautoriseerdException("deze persoon is niet relevant voor deze gemeente");
        }
    }
}
