package nl.inburgering.duo.m2m.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.koppeling.persistence.KoppelingRepository;
import nl.inburgering.duo.m2m.domain.RelevantiePolicy;
import nl.inburgering.platform.security.KetenGebruiker;

/**
 * The one place that decides whether a bron may consult a person over DUO's M2M APIs. Called after the
 * request itself is found valid (headers and BSN), before any data is read: the OIN in the caller's token
 * must be the {@code bron}, the caller must act for a gemeente, and the person must be relevant for that
 * gemeente ({@link RelevantiePolicy}). A person DUO does not know is left to the 404 of the resource.
 */
@Component
public class M2mAutorisatie {

    private final InburgeringsplichtRepository plichten;
    private final KoppelingRepository koppelingen;

    public M2mAutorisatie(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
    }

    /**
     * @param bronOin the OIN of the requesting organisation (the {@code bron} header, already checked for length)
     * @param bsn     the person asked for (already checked: nine digits, elfproef)
     * @throws NietGeautoriseerdException when the bron may not see this person
     */
    private RelevantiePolicy.Persoon persoon(String bsn, String gemeenteInschrijving) {
        return koppelingen.findById(bsn)
                .map(k -> new RelevantiePolicy.Persoon(gemeenteInschrijving, k.isInCoaLocatie(), k.getGemeentecode(),
                        null, false, null))
                .orElseGet(() -> RelevantiePolicy.Persoon.ingezeteneVan(gemeenteInschrijving));
    }

    @Transactional(readOnly = true)
    public void controleer(String bronOin, String bsn) {
        KetenGebruiker gebruiker = KetenGebruiker.huidig();
        if (!bronOin.equals(gebruiker.organisatieOin())) {
            throw new NietGeautoriseerdException("de bron is niet de organisatie van het token");
        }
        String gemeente = gebruiker.gemeentecode()
                .orElseThrow(() -> new NietGeautoriseerdException("het token hoort niet bij een gemeente"));
        plichten.findById(bsn).ifPresent(plicht -> {
            if (!RelevantiePolicy.isRelevant(persoon(plicht.getBsn(), plicht.getGemeentecode()), gemeente)) {
                throw new NietGeautoriseerdException("deze persoon is niet relevant voor deze gemeente");
            }
        });
    }
}
