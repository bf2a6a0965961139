package nl.inburgering.gemeente.inburgeraar.application;

import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.ASIELRECHTEN;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.DATUM_WIJZIGING_PLICHT;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.EINDDATUM_PLICHT;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.OPENSTAANDE_ONDERDELEN;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.REDEN_EINDE_PLICHT;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.REDEN_WIJZIGING_PLICHT;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.SIGNAALKOLOMMEN;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.STATUS_PLICHT;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.TIJDELIJK_VRIJGESTELD;
import static nl.inburgering.gemeente.inburgeraar.application.InburgeraarRaadplegen.VOLDAAN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.domain.Doelgroepkeuzetermijn;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.BeschikkingVoldaanRepository;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The werkvoorraad rows of a list of inburgeraars of one gemeente: the core's columns, every chapter's columns and
 * signals ({@link WerkvoorraadBijdrage}) read for the whole list at once, and the core's own signals, all computed
 * against the service's clock (decision 0031). What a page shows and what the signal index is kept from (decision
 * 0046), so both decide a signal the same way. Records nothing in the Logboek: the callers do, for what they show.
 */
@Component
class Werkvoorraadregels {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final BeschikkingVoldaanRepository voldaan;
    private final List<WerkvoorraadBijdrage> bijdragen;
    private final Clock klok;

    Werkvoorraadregels(BeschikkingVoldaanRepository voldaan, List<WerkvoorraadBijdrage> bijdragen, Clock klok) {
        this.voldaan = voldaan;
        this.bijdragen = bijdragen;
        this.klok = klok;
    }

    LocalDate vandaag() {
        return LocalDate.now(klok.withZone(NEDERLAND));
    }

    List<Werkvoorraadregel> regels(String gemeentecode, List<InburgeraarEntity> lijst) {
        return regels(gemeentecode, lijst, bijdrage -> true);
    }

    /**
     * The rows with the columns of the chapters {@code welke} selects only: the signal index asks for those it needs
     * ({@link WerkvoorraadBijdrage#nodigVoorDeSignaalindex()}); a page shows every chapter.
     */
    List<Werkvoorraadregel> regels(String gemeentecode, List<InburgeraarEntity> lijst,
            java.util.function.Predicate<WerkvoorraadBijdrage> welke) {
        List<Bsn> bsns = lijst.stream().map(e -> Bsn.of(e.getBsn())).toList();
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        Map<Bsn, List<Signaal>> signalen = new HashMap<>();
        if (!bsns.isEmpty()) {
            bijdragen.stream().filter(welke).forEach(bijdrage -> bijdrage.voor(gemeentecode, bsns).forEach((bsn, waarden) -> {
                Map<String, Object> rij = kolommen.computeIfAbsent(bsn, b -> new HashMap<>());
                waarden.forEach((kolom, waarde) -> {
                    if (WerkvoorraadBijdrage.SIGNALEN.equals(kolom)) {
                        if (waarde instanceof java.util.Collection<?> bijgedragen) {
                            bijgedragen.forEach(s -> signalen.computeIfAbsent(bsn, b -> new ArrayList<>())
                                    .add((Signaal) s));
                        }
                    } else {
                        rij.put(kolom, waarde);
                    }
                });
            }));
        }
        Map<String, BeschikkingVoldaanEntity> beschikkingen = bsns.isEmpty() ? Map.of()
                : voldaan.voorPersonen(gemeentecode, bsns).stream()
                        .collect(java.util.stream.Collectors.toMap(BeschikkingVoldaanEntity::getBsn,
                                Function.identity()));
        return lijst.stream().map(e -> {
            Inburgeraar inburgeraar = EigenInburgeraarOpzoeken.alsInburgeraar(e);
            Map<String, Object> rij = new HashMap<>(kolommen.getOrDefault(inburgeraar.bsn(), Map.of()));
            List<Signaal> zijne = new ArrayList<>(signalen.getOrDefault(inburgeraar.bsn(), List.of()));
            boolean beeindigd = e.getEinddatumPlicht() != null;
            boolean overleden = beeindigd && "OVERLIJDEN".equals(e.getRedenEindePlicht());
            rij.put(STATUS_PLICHT, !beeindigd ? "ACTIEF"
                    : "TIJDELIJKE_VRIJSTELLING".equals(e.getRedenEindePlicht()) ? TIJDELIJK_VRIJGESTELD : "BEEINDIGD");
            rij.put(OPENSTAANDE_ONDERDELEN, e.getOpenstaandeOnderdelen() == null ? null
                    : e.getOpenstaandeOnderdelen().isEmpty() ? List.of()
                            : List.of(e.getOpenstaandeOnderdelen().split(",")));
            rij.put(ASIELRECHTEN, e.getAsielrechtenWijzigingVerblijfsdoel());
            rij.put(REDEN_WIJZIGING_PLICHT, e.getRedenWijzigingPlicht());
            rij.put(DATUM_WIJZIGING_PLICHT, e.getDatumWijzigingPlicht());
            rij.put(EINDDATUM_PLICHT, e.getEinddatumPlicht());
            rij.put(REDEN_EINDE_PLICHT, e.getRedenEindePlicht());
            BeschikkingVoldaanEntity beschikking = beschikkingen.get(e.getBsn());
            if (beschikking != null) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("datumBeschikking", beschikking.getDatumBeschikking());
                v.put("datumVoldaan", beschikking.getDatumVoldaan());
                v.put("leerroute", beschikking.getLeerroute());
                v.put("waardepapier", beschikking.getWaardepapier());
                v.put("certificaatUitgereiktOp", beschikking.getCertificaatUitgereiktOp());
                rij.put(VOLDAAN, v);
            }
            if (beeindigd) {
                zijne.clear(); // his plicht ended: the termijn and DUO's handhaving no longer ask anything
                SIGNAALKOLOMMEN.forEach(kolom -> rij.put(kolom, null));
            } else {
                Doelgroepkeuzetermijn.signaalSinds(e.getDoelgroepGewijzigdOp(), e.getDoelgroepkeuzeBevestigdOp(),
                        vandaag())
                        .ifPresent(sinds -> zijne.add(new Signaal(Signaalsoort.DOELGROEPKEUZE_DOORGEVEN, sinds)));
            }
            if (!overleden && beschikking != null && beschikking.certificaatTeUitreiken()) {
                zijne.add(new Signaal(Signaalsoort.CERTIFICAAT_UITREIKEN, beschikking.getDatumBeschikking()));
            }
            zijne.sort(Comparator.comparing(Signaal::sinds, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Signaal::soort));
            return new Werkvoorraadregel(inburgeraar, rij, List.copyOf(zijne));
        }).toList();
    }
}
