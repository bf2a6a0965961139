package nl.inburgering.gemeente.inspanning.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.EigenInburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inspanning.domain.Maatregel;
import nl.inburgering.gemeente.inspanning.domain.Regelovertreding;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Regel;
import nl.inburgering.gemeente.inspanning.domain.VerzuimHandhavingPolicy.Verzuimstand;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelEntity;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * The gemeente's handhaving op inspanning on ongeoorloofd verzuim during the leerroute (seed §9.2): a waarschuwing,
 * then a boete, by the rules of {@link VerzuimHandhavingPolicy}. The measures stay at the gemeente: this class
 * publishes nothing, a boete is never delivered to DUO ("de gegevens over de boetes vanuit de gemeente worden niet
 * gedeeld met DUO").
 */
@Service
public class VerzuimHandhaving {

    static final Verwerkingsactiviteit HANDHAVEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/handhaving-op-verzuim",
            "Handhaving op inspanning in de leerroute: waarschuwing of boete bij ongeoorloofd verzuim");

    static final int MAXIMALE_TOELICHTING = 1000;
    private static final java.util.regex.Pattern INSTELLINGSNUMMER = java.util.regex.Pattern.compile("\\d{1,10}");

    private final EigenInburgeraar inburgeraars;
    private final InspanningRepository inspanningen;
    private final VerzuimMaatregelRepository maatregelen;
    private final VerzuimHandhavingPolicy.Regels regels;
    private final Persoonsverwerking verwerking;
    private final InspanningRaadplegen raadplegen;

    VerzuimHandhaving(EigenInburgeraar inburgeraars, InspanningRepository inspanningen,
            VerzuimMaatregelRepository maatregelen, VerzuimHandhavingPolicy.Regels regels,
            Persoonsverwerking verwerking, InspanningRaadplegen raadplegen) {
        this.inburgeraars = inburgeraars;
        this.inspanningen = inspanningen;
        this.maatregelen = maatregelen;
        this.regels = regels;
        this.verwerking = verwerking;
        this.raadplegen = raadplegen;
    }

    /** A request for a measure: the instelling whose verzuim it is about. */
    public record Verzoek(String gemeentecode, UUID inburgeraarId, String instellingsnummer, BigDecimal bedrag,
            String toelichting) {
    }

    /**
     * @throws OngeldigeInvoerException when the instellingsnummer is missing or malformed
     * @throws ConflictException        when the step comes too early (the rule it breaks)
     */
    @Transactional
    public InspanningRaadplegen.InspanningVanInburgeraar waarschuw(Verzoek verzoek) {
        return leg(verzoek, Maatregel.WAARSCHUWING);
    }

    /**
     * @throws OngeldigeInvoerException when the instellingsnummer is missing or malformed, or the bedrag breaks the
     *                                  maximum
     * @throws ConflictException        when the step comes too early (the rule it breaks)
     */
    @Transactional
    public InspanningRaadplegen.InspanningVanInburgeraar beboet(Verzoek verzoek) {
        return leg(verzoek, Maatregel.BOETE);
    }

    private InspanningRaadplegen.InspanningVanInburgeraar leg(Verzoek verzoek, Maatregel maatregel) {
        String gemeentecode = verzoek.gemeentecode();
        Inburgeraar persoon = inburgeraars.vind(gemeentecode, verzoek.inburgeraarId());
        Bsn bsn = persoon.bsn();
        AtomicReference<Verzuimstand> stand = new AtomicReference<>();
        AtomicReference<BigDecimal> bedrag = new AtomicReference<>();
        // checked under the lock, before the Logboek record: two caseworkers at once give one measure per step
        verwerking.wijzigAlsBekend(HANDHAVEN, bsn, b -> {
            List<Regelovertreding> problemen = new ArrayList<>();
            Verzuimstand verzuim = null;
            if (verzoek.instellingsnummer() == null || !INSTELLINGSNUMMER.matcher(verzoek.instellingsnummer()).matches()) {
                problemen.add(new Regelovertreding("instellingsnummer", "verplicht",
                        "Noem de instelling (instellingsnummer, 1 tot 10 cijfers) waarvan het ongeoorloofd verzuim is."));
            } else {
                // an instelling that reported nothing of him reported no verzuim either: the rules say what follows
                verzuim = Verzuimstanden.perInstelling(
                        inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode),
                        maatregelen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode))
                        .getOrDefault(verzoek.instellingsnummer(), Verzuimstand.zonderMaatregel(0));
            }
            if (verzoek.toelichting() != null && verzoek.toelichting().length() > MAXIMALE_TOELICHTING) {
                problemen.add(new Regelovertreding("toelichting", "lengte",
                        "Een toelichting heeft hoogstens " + MAXIMALE_TOELICHTING + " tekens."));
            }
            if (maatregel == Maatregel.BOETE) {
                VerzuimHandhavingPolicy.Bedrag beoordeeld = VerzuimHandhavingPolicy.bedrag(verzoek.bedrag(), regels);
                if (beoordeeld.overtreding() != null) {
                    problemen.add(beoordeeld.overtreding());
                }
                bedrag.set(beoordeeld.bedrag());
            } else if (verzoek.bedrag() != null) {
                problemen.add(new Regelovertreding("bedrag", "niet-toegestaan", "Een waarschuwing heeft geen bedrag."));
            }
            if (!problemen.isEmpty()) {
                throw new OngeldigeInvoerException(problemen.stream()
                        .map(p -> new InvalidParam(p.veld(), p.code(), p.omschrijving())).toList());
            }
            (maatregel == Maatregel.BOETE ? VerzuimHandhavingPolicy.boete(verzuim)
                    : VerzuimHandhavingPolicy.waarschuwing(verzuim)).ifPresent(VerzuimHandhaving::teVroeg);
            stand.set(verzuim);
            return true;
        }, v -> {
            Verzuimstand verzuim = stand.get();
            if (maatregel == Maatregel.WAARSCHUWING) {
                maatregelen.save(new VerzuimMaatregelEntity(bsn.value(), gemeentecode, verzoek.instellingsnummer(),
                        Maatregel.WAARSCHUWING, verzuim.urenOngeoorloofdVerzuim(), v.vandaag(), null, null,
                        reden("Waarschuwing", verzuim.urenOngeoorloofdVerzuim(), verzoek.toelichting()), v.nu()));
            } else {
                VerzuimMaatregelEntity waarschuwing = maatregelen
                        .findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode).stream()
                        .filter(m -> m.getMaatregel() == Maatregel.WAARSCHUWING
                                && m.getInstellingsnummer().equals(verzoek.instellingsnummer()))
                        .reduce((eerder, later) -> later).orElseThrow();
                maatregelen.save(new VerzuimMaatregelEntity(bsn.value(), gemeentecode, verzoek.instellingsnummer(),
                        Maatregel.BOETE, waarschuwing.getVerzuimUren(), v.vandaag(), bedrag.get(), waarschuwing.getId(),
                        reden("Boete na de waarschuwing van " + waarschuwing.getDatum() + ",",
                                waarschuwing.getVerzuimUren(), verzoek.toelichting()), v.nu()));
            }
        });
        return raadplegen.samenstellen(persoon, gemeentecode);
    }

    private static void teVroeg(Regel regel) {
        throw new ConflictException(regel.omschrijving() + " (regel " + regel.name() + ")");
    }

    private static String reden(String maatregel, int verzuimUren, String toelichting) {
        return maatregel + " " + verzuimUren + " uur ongeoorloofd verzuim bij de instelling"
                + (toelichting == null || toelichting.isBlank() ? "" : ": " + toelichting.strip());
    }
}
