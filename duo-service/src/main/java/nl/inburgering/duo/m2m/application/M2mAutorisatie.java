package nl.inburgering.duo.m2m.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.koppeling.persistence.KoppelingRepository;
import nl.inburgering.duo.m2m.domain.RelevantiePolicy;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
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
    private final PipRepository pips;
    private final Clock clock;

    public M2mAutorisatie(InburgeringsplichtRepository plichten, KoppelingRepository koppelingen, PipRepository pips,
            Clock clock) {
        this.plichten = plichten;
        this.koppelingen = koppelingen;
        this.pips = pips;
        this.clock = clock;
    }

    /**
     * Clauses 3 and 4 from the PIPs DUO registered: the gemeente of the actuele PIP, and the one before it while the
     * actuele PIP is less than a month old. "Old" counts from the day DUO registered it, the day the previous
     * gemeente lost clause 3: it keeps a month to wind up (overdracht, #19).
     */
    private RelevantiePolicy.Persoon persoon(String bsn, String gemeenteInschrijving) {
        List<PipEntity> geregistreerd = pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn);
        String gemeenteActuelePip = geregistreerd.isEmpty() ? null : geregistreerd.get(0).getGemeentecode();
        boolean jongerDanEenMaand = !geregistreerd.isEmpty()
                && geregistreerd.get(0).getGeregistreerdOp().plusMonths(1).isAfter(LocalDate.now(clock));
        String gemeenteVorigePip = geregistreerd.size() < 2 ? null : geregistreerd.get(1).getGemeentecode();
        return koppelingen.findById(bsn)
                .map(k -> new RelevantiePolicy.Persoon(gemeenteInschrijving, k.isInCoaLocatie(), k.getGemeentecode(),
                        gemeenteActuelePip, jongerDanEenMaand, gemeenteVorigePip))
                .orElseGet(() -> new RelevantiePolicy.Persoon(gemeenteInschrijving, false, null, gemeenteActuelePip,
                        jongerDanEenMaand, gemeenteVorigePip));
    }

    /**
     * @param bronOin the OIN of the requesting organisation (the {@code bron} header, already checked for length)
     * @param bsn     the person asked for (already checked: nine digits, elfproef)
     * @throws NietGeautoriseerdException when the bron may not see this person
     */
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
