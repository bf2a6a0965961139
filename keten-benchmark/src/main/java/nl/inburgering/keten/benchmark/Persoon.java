package nl.inburgering.keten.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * One synthetic person. §3.2: the gemeente registers the BRP-inschrijving, IND the verblijfsvergunning; DUO
 * decides. The profiles vary the doelgroep (asiel, gezinsmigratie with and without an asielstatushouder as
 * referent, geestelijk bedienaar, overig), and include the people DUO decides are not (yet) plichtig: a student,
 * a kennismigrant, an EU national, a 17-year-old and a 68-year-old.
 *
 * <p>§3.3: an asielstatushouder ({@link #azc()}) lives in an AZC: he is ingeschreven in the AZC's gemeente
 * ({@link #gemeentecode()}) and COA registers him as bewoner; DUO delivers his #3 to COA; in a second wave COA
 * links him to his beoogde vestigingsgemeente ({@link #koppelgemeente()}), after which DUO delivers #3 and #4 there.
 *
 * <p>§4: every plichtige goes through the brede intake and the leerbaarheidstoets at the gemeente that has him
 * ({@link #gemeenteVanPlicht()}) and gets a PIP: the B1-route, or for a third of the asielstatushouders (with a
 * score below DUO's benodigde score of 55,00) the Z-route. An asielstatushouder gets it while he is still
 * ingeschreven in the AZC's gemeente (no BRP verhuizing): DUO then knows no vestiging in the gekoppelde gemeente
 * and its rule "dagtekening not before the vestiging" has no input, as for variant 2 (PIP contouren in the AZC).
 *
 * <p>§8: a person in the B1-route passes the other onderdelen in wave 5 and DUO decides voldaan; the Z-route's
 * voldaan needs the participatiecomponent and the eindgesprek, which the benchmark does not drive (yet).
 *
 * <p>§10, §11, §13.5: a share of the plichtigen through wave 4, chosen by {@link #wijziging()}, does not go on to
 * voldaan in wave 5 but gets, in wave 6, a vrijstelling, an ontheffing or the end of his verblijfsrecht instead.
 *
 * <p>§13.2: every plichtige still plichtig after waves 5 and 6 moves to {@link #VERHUISGEMEENTE} in wave 7, and the
 * gemeente that had him hands him over (#19). §12: a share of the gezinsmigranten ({@link #lening()}) skips wave 5,
 * moves in wave 7 and borrows from DUO in wave 8.
 */
record Persoon(int nummer, String bsn, String vNummer, String gemeentecode, LocalDate geboortedatum,
        String nationaliteit, String verblijfsdoel, boolean referentIsAsielstatushouder, boolean eerstInd,
        boolean azc) {

    /** A profile and its weight in the mix. */
    record Profiel(String naam, int gewicht, String verblijfsdoel, boolean metAsielstatushouder, String nationaliteit,
            int minLeeftijd, int maxLeeftijd, boolean plichtig, boolean azc) {
    }

    static final List<Profiel> PROFIELEN = List.of(
            new Profiel("asielstatushouder (AZC, §3.3)", 30, "ASIEL", false, "SY", 18, 60, true, true),
            new Profiel("gezinshereniger bij asielstatushouder", 10, "GEZINSHERENIGING", true, "ER", 18, 55, true, false),
            new Profiel("gezinshereniger", 12, "GEZINSHERENIGING", false, "MA", 18, 60, true, false),
            new Profiel("gezinsvormer", 12, "GEZINSVORMING", false, "TR", 18, 50, true, false),
            new Profiel("gezinsvormer bij asielstatushouder", 4, "GEZINSVORMING", true, "AF", 18, 50, true, false),
            new Profiel("geestelijk bedienaar", 3, "GEESTELIJK_BEDIENAAR", false, "IN", 25, 60, true, false),
            new Profiel("overig niet-tijdelijk", 4, "OVERIG_NIET_TIJDELIJK", false, "US", 18, 60, true, false),
            new Profiel("student (tijdelijk)", 8, "STUDIE", false, "CN", 18, 30, false, false),
            new Profiel("kennismigrant (tijdelijk)", 5, "KENNISMIGRANT", false, "IN", 25, 50, false, false),
            new Profiel("EU-onderdaan", 5, "GEZINSVORMING", false, "DE", 18, 60, false, false),
            new Profiel("17 jaar (nog niet plichtig)", 4, "GEZINSHERENIGING", false, "SO", 17, 17, false, false),
            new Profiel("boven de AOW-leeftijd", 3, "ASIEL", false, "IQ", 68, 80, false, false));

    private static final int TOTAAL_GEWICHT = PROFIELEN.stream().mapToInt(Profiel::gewicht).sum();

    /** The gemeenten whose systems have a demo client (gemeentesysteem-amsterdam, -rotterdam). */
    static final List<String> GEMEENTEN = List.of("0363", "0599");

    static Profiel profiel(int nummer) {
        int plek = Math.floorMod(nummer * 7919, TOTAAL_GEWICHT);
        for (Profiel p : PROFIELEN) {
            if (plek < p.gewicht()) {
                return p;
            }
            plek -= p.gewicht();
        }
        throw new IllegalStateException();
    }

    /** Person {@code nummer}: deterministic, so two runs with the same settings drive the same mix. */
    static Persoon maak(int nummer, String bsn, LocalDate vandaag) {
        Random random = new Random(nummer * 31L + 17);
        Profiel p = profiel(nummer);
        int leeftijd = p.minLeeftijd() + random.nextInt(p.maxLeeftijd() - p.minLeeftijd() + 1);
        // a birthday 20 to 300 days ago: the age is exactly `leeftijd` today (a 17-year-old stays 17 for weeks)
        LocalDate geboren = vandaag.minusYears(leeftijd).minusDays(20 + random.nextInt(280));
        return new Persoon(nummer, bsn, String.valueOf(2_000_000_000L + nummer),
                GEMEENTEN.get(random.nextInt(GEMEENTEN.size())), geboren, p.nationaliteit(), p.verblijfsdoel(),
                p.metAsielstatushouder(), random.nextBoolean(), p.azc());
    }

    /** Whether DUO finds him plichtig (by his profile). */
    boolean plichtig() {
        return profiel(nummer).plichtig();
    }

    /** The gemeente that has him once plichtig: his BRP gemeente, or for an AZC resident the gekoppelde gemeente. */
    String gemeenteVanPlicht() {
        return azc ? koppelgemeente() : gemeentecode;
    }

    /** A third of the asielstatushouders go the Z-route. */
    boolean zRoute() {
        return azc && nummer % 3 == 0;
    }

    /** The score DUO's toetsafname-systeem reports: B1-route haalbaar (at least 55,00) unless he goes the Z-route. */
    String behaaldeScore() {
        return zRoute() ? "38,00" : "61,50";
    }

    /**
     * The PIP the klantmanager vaststelt, dated yesterday (not before the plicht's begindatum nor the inschrijving):
     * the inburgeringstermijn then starts today, so the PVT and MAP of wave 4, dated today, fall in it.
     */
    String pipJson(LocalDate vandaag) {
        return """
                {"dagtekening":"%s","leerroute":"%s","indicatorMagOpleidingAfmaken":false,\
                "alfabetiseringsonderwijs":"NVT","eenzijdigVastgesteld":false}"""
                .formatted(vandaag.minusDays(1), leerroute());
    }

    private String leerroute() {
        return zRoute() ? "Z_ROUTE" : "B1_ROUTE";
    }

    /**
     * §15.5, one source per fact: the lessons of an asielstatushouder are bought by his gemeente, so the instelling
     * reports his inspanning (#18) to that gemeente, which forwards it to DUO; a gezinsmigrant or overige migrant
     * (also one whose referent is an asielstatushouder: DUO's doelgroep is that of the migrants) buys them himself,
     * and his inspanning goes straight to DUO.
     */
    boolean inspanningViaGemeente() {
        return "ASIEL".equals(verblijfsdoel);
    }

    /** Wave 4: the instelling's inschrijving (#20), since yesterday, the contractpartij by {@link #inspanningViaGemeente()}. */
    String cursistJson(LocalDate vandaag) {
        String contractpartij = inspanningViaGemeente()
                ? "\"contractpartij\":\"GEMEENTE\",\"gemeentecode\":\"" + gemeenteVanPlicht() + "\""
                : "\"contractpartij\":\"INBURGERAAR\"";
        return """
                {"bsn":"%s","leerroute":"%s","taalniveau":%s,"taalschakeltraject":false,%s,\
                "datumInschrijving":"%s","startdatum":"%s","verwachteEinddatum":"%s"}"""
                .formatted(bsn, leerroute(), zRoute() ? "null" : "\"B1\"", contractpartij, vandaag.minusDays(1),
                        vandaag.minusDays(1), vandaag.plusYears(1));
    }

    /** Wave 4: his inspanning since the start, cumulative up to today (#18). */
    String inspanningJson(LocalDate vandaag) {
        return """
                {"peildatum":"%s","urenAangeboden":12,"urenAanwezig":10,"urenOngeoorloofdVerzuim":2,\
                "actualisatiemoment":"TUSSENTIJDS"}""".formatted(vandaag);
    }

    /**
     * Wave 4: DUO's backoffice registers him for the exam lezen (LE) at the niveau of his leerroute (B1, A2 in the
     * Z-route), which he passes today (#13): a language exam, so every leerroute has one at its niveau.
     */
    String examenJson() {
        return examenJson("LE");
    }

    /**
     * Wave 5 (§8): the onderdelen of the B1-route besides LE, which DUO's backoffice registers, plans and records
     * passed after wave 4; the last one completes the route and DUO decides voldaan (decision 0029).
     */
    static final List<String> OVERIGE_ONDERDELEN_B1_ROUTE = List.of("KNM", "LU", "SC", "SP");

    /**
     * The aanmelding for an exam {@code onderdeel} at the niveau of his leerroute (B1, A2 in the Z-route; the PIP
     * names none, so B1 is the B1-route's); KNM has no niveau.
     */
    String examenJson(String onderdeel) {
        if ("KNM".equals(onderdeel)) {
            return """
                    {"bsn":"%s","onderdeel":"KNM"}""".formatted(bsn);
        }
        return """
                {"bsn":"%s","onderdeel":"%s","niveau":"%s"}""".formatted(bsn, onderdeel, zRoute() ? "A2" : "B1");
    }

    /** Wave 4: the ondertekening of the PVT today, in the termijn that started today (#17). */
    String pvtJson(LocalDate vandaag) {
        return """
                {"datumOndertekening":"%s"}""".formatted(vandaag);
    }

    /** Wave 4: the eindgesprek of the MAP today (#17). */
    String mapJson(LocalDate vandaag) {
        return """
                {"datumEindgesprek":"%s"}""".formatted(vandaag);
    }

    /** For an AZC resident: the gemeente COA links him to (the other one of the two). */
    String koppelgemeente() {
        return GEMEENTEN.get((GEMEENTEN.indexOf(gemeentecode) + 1) % GEMEENTEN.size());
    }

    String bewonerJson() {
        return """
                {"bsn":"%s","vNummer":"%s","azcLocatie":"AZC %s"}""".formatted(bsn, vNummer, gemeentecode);
    }

    String koppelingJson() {
        return """
                {"gemeentecode":"%s"}""".formatted(koppelgemeente());
    }

    String inschrijvingJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","datumInschrijving":"%s","geboortedatum":"%s"}"""
                .formatted(bsn, vandaag.minusDays(7), geboortedatum);
    }

    String verblijfsvergunningJson(LocalDate vandaag) {
        return """
                {"vNummer":"%s","bsn":"%s","geboortedatum":"%s","nationaliteit":"%s","verblijfsdoel":"%s",\
                "referentIsAsielstatushouder":%s,"ingangsdatum":"%s"}"""
                .formatted(vNummer, bsn, geboortedatum, nationaliteit, verblijfsdoel, referentIsAsielstatushouder,
                        vandaag.minusDays(30));
    }

    /**
     * Wave 6 (§10, §11, §13.5): what changes the plicht of a plichtige after wave 4, by his number: every 10th a
     * gedeeltelijke vrijstelling (LE on B1), every 10th + 1 a medische gehele ontheffing, every 10th + 2 a BIO
     * ontheffing decided by SZW, every 10th + 3 the end of his verblijfsrecht at IND (#2). The others have none.
     */
    enum Wijziging {
        /** §10: DUO's backoffice registers the aanvraag and grants LE on B1 (#11, #3 gewijzigd). */
        VRIJSTELLING("gedeeltelijke vrijstelling LE B1"),
        /** §11: aanvraag, verwijzing, deskundigenverklaring, formele toets, toekenning geheel (#12, #3 beëindigd). */
        MEDISCHE_ONTHEFFING("medische gehele ontheffing"),
        /** §11.3: aanvraag with the gemeente's advies, naar SZW, SZW's toekenning (#21, #12, #3 beëindigd). */
        BIO_ONTHEFFING("BIO ontheffing by SZW"),
        /** §13.5: IND registers the end of his verblijfsrecht (#2), DUO ends the plicht (#3 beëindigd). */
        INTREKKING_VERBLIJFSRECHT("verblijfsrecht ingetrokken");

        private final String omschrijving;

        Wijziging(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        String omschrijving() {
            return omschrijving;
        }
    }

    /**
     * Wave 7 (§13.2): the gemeente everyone moves to, Utrecht: a third gemeente with a BRP system (a demo client
     * {@code gemeentesysteem-utrecht}), so it is neither the gemeente he lives in (the BRP refuses a verhuizing within
     * the gemeente) nor, for an AZC resident, the one COA linked him to.
     */
    static final String VERHUISGEMEENTE = "0344";

    /** Wave 7 (§13.2): the gemeente he moves to ({@link #VERHUISGEMEENTE}). */
    String verhuisgemeente() {
        return VERHUISGEMEENTE;
    }

    /**
     * Wave 7, an AZC resident first: his vestiging in the gemeente COA linked him to (a BRP verhuizing out of the AZC
     * there, dated yesterday, registered by that gemeente's BRP system). While he lives in the AZC his plicht follows
     * the koppeling, not his BRP gemeente (decision 0037: the koppeling decides only until he settled in the
     * gekoppelde gemeente); after it he is an ingezetene like any other, whose plicht follows his next verhuizing.
     * The gemeente that has his plicht stays the same, so DUO publishes nothing for it.
     */
    String vestigingJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","datumVerhuizing":"%s"}""".formatted(bsn, vandaag.minusDays(1));
    }

    /** Wave 7: the BRP verhuizing, dated today, as the new gemeente's BRP system registers it. */
    String verhuizingJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","datumVerhuizing":"%s"}""".formatted(bsn, vandaag);
    }

    /**
     * Wave 7b (§13.2, #19): the old gemeente's klantmanager hands him over to the new gemeente, which asked for it;
     * the contactpersoon is the old gemeente's regisseur, the maatschappelijke begeleiding not recorded as afgerond.
     */
    String overdrachtJson() {
        return """
                {"contactpersoon":"Regisseur benchmark, regie@gemeente%s.nl","maatschappelijkeBegeleidingAfgerond":false}"""
                .formatted(gemeenteVanPlicht());
    }

    /**
     * A gezinsmigrant (gezinshereniging or gezinsvorming, not with an asielstatushouder as referent, whom DUO may
     * count among the asielstatushouders): he pays his own onderwijs and may borrow from DUO (§12).
     */
    boolean gezinsmigrant() {
        return plichtig() && !azc && !referentIsAsielstatushouder
                && ("GEZINSHERENIGING".equals(verblijfsdoel) || "GEZINSVORMING".equals(verblijfsdoel));
    }

    /**
     * Wave 8 (§12): whether he borrows from DUO for his course at instelling 12345. Every gezinsmigrant in the
     * B1-route whose number is a multiple of 4 and who has no wijziging (wave 6): he skips wave 5, so he is still
     * plichtig (DUO lends and pays a factuur only then), moves in wave 7 like every plichtige still plichtig, and in
     * wave 8 gets a lening, the instelling's factuur and DUO's judgement of it.
     */
    boolean lening() {
        return gezinsmigrant() && !zRoute() && wijziging() == null && nummer % 4 == 0;
    }

    /** Wave 8: the aanvraag, today, as DUO's backoffice registers it. */
    String leningaanvraagJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","gevraagdBedrag":%s,"datumAanvraag":"%s","toelichting":"benchmark"}"""
                .formatted(bsn, LENING, vandaag);
    }

    /** Wave 8: DUO grants what he asked. */
    static String leningbeslissingJson() {
        return """
                {"oordeel":"TOEKENNING","bedrag":%s,"toelichting":"benchmark"}""".formatted(LENING);
    }

    /** Wave 8: the instelling's factuur for his B1 course (the PIP's route and niveau), well within the lening. */
    String factuurJson(LocalDate vandaag) {
        return """
                {"factuurnummer":"BENCH-%d","bsn":"%s","leerroute":"B1_ROUTE","niveau":"B1",\
                "omschrijving":"Taalcursus B1, eerste periode","bedrag":%s,"factuurdatum":"%s"}"""
                .formatted(nummer, bsn, FACTUUR, vandaag);
    }

    /** Wave 8: DUO's backoffice records the goedkeuring he gave in Mijn DUO. */
    static String goedkeuringJson() {
        return """
                {"wijze":"ELEKTRONISCH","toelichting":"benchmark"}""";
    }

    /** Wave 8: the lening asked and granted, and the factuur (euro, as JSON numbers with cents). */
    static final String LENING = "5000.00";
    static final String FACTUUR = "1250.00";

    /** Wave 6: his wijziging, by his number; null for the 6 in 10 who have none (they go on to voldaan, wave 5). */
    Wijziging wijziging() {
        int rest = Math.floorMod(nummer, 10);
        return rest < Wijziging.values().length ? Wijziging.values()[rest] : null;
    }

    /** Wave 6, §10.2: the aanvraag om een gedeeltelijke vrijstelling for lezen on B1 (a Staatsexamen NT2). */
    String vrijstellingsaanvraagJson() {
        return """
                {"bsn":"%s","soort":"GEDEELTELIJK","reden":"GED",\
                "onderbouwing":"Staatsexamen NT2 programma II, onderdeel lezen",\
                "onderdelen":[{"onderdeel":"LE","niveau":"B1"}]}""".formatted(bsn);
    }

    /** Wave 6: DUO grants the gedeeltelijke vrijstelling as asked. */
    static String vrijstellingsbeslissingJson() {
        return """
                {"oordeel":"TOEKENNING","soort":"GEDEELTELIJK","reden":"GED",\
                "onderdelen":[{"onderdeel":"LE","niveau":"B1"}]}""";
    }

    /** Wave 6, §11.2: the aanvraag om een medische gehele ontheffing, today. */
    String ontheffingsaanvraagJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","gevraagd":"GEHEEL","datumAanvraag":"%s","toelichting":"Formulier ontvangen"}"""
                .formatted(bsn, vandaag);
    }

    /** Wave 6: DUO refers him to an arts the Minister of SZW aangewezen (keten.duo.ontheffing.artsen). */
    static String verwijzingJson() {
        return """
                {"arts":"Argonaut","toelichting":"aangewezen arts"}""";
    }

    /** Wave 6: the deskundigenverklaring arrives today. */
    static String deskundigenverklaringJson(LocalDate vandaag) {
        return """
                {"datumVerklaring":"%s","toelichting":"verklaring ontvangen"}""".formatted(vandaag);
    }

    /** Wave 6: the formele toets finds the procedure followed. */
    static String formeleToetsJson() {
        return """
                {"procedureGevolgd":true,"toelichting":"procedure gevolgd"}""";
    }

    /** Wave 6: DUO grants the gehele ontheffing. */
    static String medischeBeslissingJson() {
        return """
                {"oordeel":"TOEKENNING","soort":"GEHEEL","toelichting":"blijvend niet in staat"}""";
    }

    /** Wave 6, §11.3: the aanvraag om BIO ontheffing with the gemeente's advies, today, no machtiging. */
    String bioAanvraagJson(LocalDate vandaag) {
        return """
                {"bsn":"%s","datumAanvraag":"%s","adviesGemeente":"Positief","datumAdviesGemeente":"%s",\
                "machtigingMedischOnderzoek":false,"toelichting":"Aanvraag met advies van de gemeente ontvangen."}"""
                .formatted(bsn, vandaag, vandaag);
    }

    /** Wave 6: DUO hands the complete BIO dossier to SZW. */
    static String naarSzwJson() {
        return """
                {"toelichting":"Dossier compleet."}""";
    }

    /** Wave 6: SZW's beslissing on the BIO dossier (#21 to DUO). */
    static String szwBeslissingJson() {
        return """
                {"oordeel":"TOEKENNING"}""";
    }

    /** Wave 6, §13.5: IND registers that his verblijfsrecht ends today (#2). */
    static String intrekkingJson(LocalDate vandaag) {
        return """
                {"soortWijziging":"VERBLIJFSRECHT_BEEINDIGD","ingangsdatum":"%s"}""".formatted(vandaag);
    }
}
