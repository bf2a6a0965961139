package nl.inburgering.gemeente.notificatie.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import nl.inburgering.gemeente.notificatie.application.DuoM2m;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The gemeente's system at DUO's published M2M APIs (base {@code keten.gemeente.notificatie.duo-url}, e.g.
 * {@code http://localhost:8082/m2m/v1}): headers bron (the gemeente's OIN), doel (DUO's) and a fresh berichtId, the
 * token of the gemeente's own client. 404 is "nothing for this gemeente"; any other failure is thrown, so the
 * notification is tried again.
 */
public class DuoM2mClient implements DuoM2m {

    record Inburgeringsplicht(boolean indicatorInburgeringsplicht, LocalDate begindatum, LocalDate wijzigingsdatum) {
    }

    record Doelgroep(String indeling, String gedetailleerdeDoelgroep) {
    }

    record Inburgeringstermijn(LocalDate startdatum, LocalDate einddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate wijzigingsdatum) {
    }

    record Termijnhistorie(LocalDate einddatum, LocalDate wijzigingsdatum) {
    }

    private final RestClient http;
    private final String duoOin;
    private final Function<String, String> oinVanGemeente;
    private final Function<String, Optional<String>> tokenVanGemeente;

    /**
     * @param oinVanGemeente   the OIN of a gemeente (the bron)
     * @param tokenVanGemeente the access token of the gemeente's system for DUO; empty: no Authorization header
     */
    public DuoM2mClient(RestClient http, String duoOin, Function<String, String> oinVanGemeente,
            Function<String, Optional<String>> tokenVanGemeente) {
        this.http = http;
        this.duoOin = duoOin;
        this.oinVanGemeente = oinVanGemeente;
        this.tokenVanGemeente = tokenVanGemeente;
    }

    @Override
    public Optional<Plicht> plicht(String gemeentecode, Bsn bsn) {
        return vraag(gemeentecode, "/personen/{bsn}/inburgeringsplicht", bsn, Inburgeringsplicht.class)
                .flatMap(plicht -> vraag(gemeentecode, "/personen/{bsn}/doelgroep", bsn, Doelgroep.class)
                        .map(doelgroep -> new Plicht(plicht.indicatorInburgeringsplicht(), plicht.begindatum(),
                                plicht.wijzigingsdatum(), code(doelgroep.indeling()),
                                code(doelgroep.gedetailleerdeDoelgroep()))));
    }

    @Override
    public boolean toetsKlaargezet(String gemeentecode, Bsn bsn) {
        return vraag(gemeentecode, "/personen/{bsn}/lbt/examennummer", bsn, String.class).isPresent();
    }

    @Override
    public Optional<Termijn> termijn(String gemeentecode, Bsn bsn) {
        return vraag(gemeentecode, "/personen/{bsn}/inburgeringstermijn", bsn, Inburgeringstermijn.class)
                .map(t -> {
                    List<Termijnhistorie> historie = vraag(gemeentecode, "/personen/{bsn}/inburgeringstermijn/historie",
                            bsn, new ParameterizedTypeReference<List<Termijnhistorie>>() {
                            }).orElse(List.of());
                    LocalDate vorige = historie.size() < 2 ? null
                            : historie.get(historie.size() - 2).einddatum().minusDays(1);
                    // the API's einddatum is exclusive; the gemeente keeps the last day, as DUO's #5 delivers it
                    return new Termijn(t.startdatum(), t.einddatum().minusDays(1), t.verlengingsgrondcode(),
                            t.verlengingsgrondomschrijving(), t.wijzigingsdatum(), vorige);
                });
    }

    /** DUO's spec strings ("Gezinsmigrant en overige migrant") as the codes of #3 (GEZINSMIGRANT_EN_OVERIGE_MIGRANT). */
    static String code(String omschrijving) {
        return omschrijving == null ? "ONBEKEND"
                : omschrijving.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private <T> Optional<T> vraag(String gemeentecode, String pad, Bsn bsn, Class<T> type) {
        return vraag(gemeentecode, pad, bsn, ParameterizedTypeReference.forType(type));
    }

    private <T> Optional<T> vraag(String gemeentecode, String pad, Bsn bsn, ParameterizedTypeReference<T> type) {
        try {
            return Optional.ofNullable(http.get().uri(pad, bsn.value()).headers(h -> {
                h.set("bron", oinVanGemeente.apply(gemeentecode));
                h.set("doel", duoOin);
                h.set("berichtId", UUID.randomUUID().toString());
                tokenVanGemeente.apply(gemeentecode).ifPresent(h::setBearerAuth);
            }).retrieve().body(type));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new IllegalStateException("DUO antwoordde " + e.getStatusCode().value() + " op " + pad);
        }
    }
}
