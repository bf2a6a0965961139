package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** What DUO knows of a person in the policy tests: by default everything in order for Amsterdam's delivery. */
final class Feiten {

    static final String AMSTERDAM = "0363";
    static final String ROTTERDAM = "0599";
    static final LocalDate VANDAAG = LocalDate.of(2027, 6, 15);
    static final LocalDate START_TERMIJN = LocalDate.of(2026, 3, 11);
    static final LocalDate EINDE_TERMIJN = LocalDate.of(2029, 3, 10);

    private String gemeente = AMSTERDAM;
    private LocalDate vandaag = VANDAAG;
    private ResultaatContext.Pip pip = new ResultaatContext.Pip(AMSTERDAM, false, true);
    private ResultaatContext.Termijn termijn = new ResultaatContext.Termijn(START_TERMIJN, EINDE_TERMIJN);
    private boolean asielstatushouder = true;
    private final Map<Onderdeel, Registratie> registraties = new EnumMap<>(Onderdeel.class);
    private boolean voldaanViaZroute;
    private ResultaatContext.Verhuizing verhuizing;

    static Feiten b1Route() {
        return new Feiten();
    }

    /** A person in the Z-route (niveau A2 or none). */
    static Feiten zroute() {
        Feiten feiten = new Feiten();
        feiten.pip = new ResultaatContext.Pip(AMSTERDAM, true, false);
        return feiten;
    }

    Feiten pip(ResultaatContext.Pip pip) {
        this.pip = pip;
        return this;
    }

    Feiten termijn(LocalDate begin, LocalDate einde) {
        this.termijn = begin == null ? null : new ResultaatContext.Termijn(begin, einde);
        return this;
    }

    Feiten vandaag(LocalDate vandaag) {
        this.vandaag = vandaag;
        return this;
    }

    Feiten gemeenteMigrant() {
        this.asielstatushouder = false;
        return this;
    }

    Feiten geregistreerd(Onderdeel onderdeel, LocalDate datum, String gemeentecode) {
        registraties.put(onderdeel, new Registratie(onderdeel, datum, null, gemeentecode));
        return this;
    }

    /** The person moved away from {@code vorigeGemeente}, which may bring its results up to date until {@code uiterlijk}. */
    Feiten verhuisdVan(String vorigeGemeente, LocalDate uiterlijk) {
        this.verhuizing = new ResultaatContext.Verhuizing(vorigeGemeente, uiterlijk);
        return this;
    }

    Feiten voldaanViaZroute() {
        this.voldaanViaZroute = true;
        return this;
    }

    ResultaatContext context() {
        return new ResultaatContext(gemeente, vandaag, pip, termijn, asielstatushouder, registraties,
                voldaanViaZroute, verhuizing);
    }
}
