package nl.inburgering.duo.contactpersoon.application;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.m2m.web.gedeeld.NietGeautoriseerdException;
import nl.inburgering.platform.security.KetenGebruiker;

/**
 * For the Contactpersoon operations without a person: the OIN in the token must be the {@code bron}, and the
 * caller must act for a gemeente, whose contactpersonen these are. (Operations with a person also pass the
 * relevance check of the M2M authorisation.)
 */
@Component
public class ContactpersoonAutorisatie {

    /** @return the calling gemeente */
    public String gemeente(String bronOin) {
        KetenGebruiker gebruiker = KetenGebruiker.huidig();
        if (!bronOin.equals(gebruiker.organisatieOin())) {
            throw new NietGeautoriseerdException("de bron is niet de organisatie van het token");
        }
        return gebruiker.gemeentecode()
                .orElseThrow(() -> new NietGeautoriseerdException("het token hoort niet bij een gemeente"));
    }
}
