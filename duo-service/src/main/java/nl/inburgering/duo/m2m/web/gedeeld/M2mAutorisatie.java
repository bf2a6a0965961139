package nl.inburgering.duo.m2m.web.gedeeld;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.inburgering.duo.dossier.api.Relevantie;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.security.KetenGebruiker;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The one place that decides whether a bron may consult or change a person over DUO's M2M APIs. Called after the
 * request itself is found valid (headers and BSN), before any data is read: the OIN in the caller's token must be
 * the {@code bron} and the caller must act for a gemeente (else 403: about the caller, not the person). Then the
 * person must be relevant for that gemeente ({@link Relevantie}, the person core's rule); a person DUO does not know
 * and a person who is not relevant are answered alike, 404 with one text, so the answer reveals nothing about the
 * BSN (decision 0010). Every such refusal is recorded in the Logboek and counted per client ({@link M2mBegrenzing}).
 * A change needs more than relevance: {@link #controleerWijziging}.
 */
@Component
public class M2mAutorisatie {

    /** The one answer for a person DUO does not know and for one the gemeente may not see. */
    public static final String NIET_GEVONDEN = "DUO heeft van deze persoon geen gegevens voor deze gemeente.";

    static final Verwerkingsactiviteit WEIGEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/m2m-persoon-geweigerd",
            "Verzoek van een gemeente om een persoon die DUO niet kent of die niet relevant is geweigerd (M2M)");

    private final Relevantie relevantie;
    private final M2mBegrenzing begrenzing;
    private final Persoonsverwerking verwerking;

    public M2mAutorisatie(Relevantie relevantie, M2mBegrenzing begrenzing, Persoonsverwerking verwerking) {
        this.relevantie = relevantie;
        this.begrenzing = begrenzing;
        this.verwerking = verwerking;
    }

    /**
     * May the bron consult this person?
     *
     * @param bronOin the OIN of the requesting organisation (the {@code bron} header, already checked for length)
     * @param bsn     the person asked for (already checked: nine digits, elfproef)
     * @throws NietGeautoriseerdException when the token is not the bron's or not a gemeente's
     * @throws NietGevondenException      when DUO does not know the person or he is not relevant for the gemeente
     */
    public void controleer(String bronOin, String bsn) {
        String gemeente = gemeente(bronOin);
        if (!relevantie.isRelevant(Bsn.of(bsn), gemeente)) {
            weiger(bronOin, bsn);
        }
    }

    /**
     * May the bron change this person's data (withdraw his toets, write his uren, couple a contactpersoon)? First as
     * {@link #controleer}; then the gemeente must be the one responsible now ({@link Relevantie#magWijzigen}), else
     * 403: it may read him, so the refusal reveals nothing.
     */
    public void controleerWijziging(String bronOin, String bsn) {
        controleer(bronOin, bsn);
        if (!relevantie.magWijzigen(Bsn.of(bsn), gemeente(bronOin))) {
            throw new NietGeautoriseerdException(
                    "alleen de gemeente van het actuele PIP (of zonder PIP de gemeente van inschrijving of koppeling)"
                            + " wijzigt de gegevens van deze persoon");
        }
    }

    private static String gemeente(String bronOin) {
        KetenGebruiker gebruiker = KetenGebruiker.huidig();
        if (!bronOin.equals(gebruiker.organisatieOin())) {
            throw new NietGeautoriseerdException("de bron is niet de organisatie van het token");
        }
        return gebruiker.gemeentecode()
                .orElseThrow(() -> new NietGeautoriseerdException("het token hoort niet bij een gemeente"));
    }

    private void weiger(String bronOin, String bsn) {
        verwerking.raadpleegd(WEIGEREN, List.of(Bsn.of(bsn)));
        begrenzing.weigering(bronOin);
        throw new NietGevondenException(NIET_GEVONDEN);
    }
}
