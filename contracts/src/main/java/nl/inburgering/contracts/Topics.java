package nl.inburgering.contracts;

/**
 * The name of every topic in the chain as a compile-time constant, so a listener names its topic as
 * {@code @KafkaListener(topics = Topics.INBURGERINGSPLICHT)} and a typo fails the build instead of the
 * start-up. {@link TopicCatalogue} builds each {@link Topic} from these names; a test keeps the two equal. Of a
 * stelseldienst with a topic per recipient this is the stelseldienst's name: a listener that names it reads its own
 * recipients' topics ({@code <name>.gemeente.<code>}, {@code <name>.coa}; the platform's {@code TopicsPerAfnemer},
 * decision 0018).
 */
public final class Topics {

    public static final String BRP_INSCHRIJVINGEN = "brp.inschrijvingen.v1";
    public static final String BRP_VERHUIZINGEN = "brp.verhuizingen.v1";
    public static final String BRP_VERTREK_BUITENLAND = "brp.vertrek-buitenland.v1";
    public static final String BRP_OVERLIJDEN = "brp.overlijden.v1";
    public static final String VERBLIJFSDOELEN = "ind.verblijfsdoelen.v1";
    public static final String WIJZIGING_VERBLIJFSRECHT = "ind.wijziging-verblijfsrecht.v1";
    public static final String INBURGERINGSPLICHT = "duo.inburgeringsplicht.v1";
    public static final String RECHT_OP_MAATSCHAPPELIJKE_BEGELEIDING = "duo.recht-op-maatschappelijke-begeleiding.v1";
    public static final String INBURGERINGSTERMIJN = "duo.inburgeringstermijn.v1";
    public static final String UITKOMST_LEERBAARHEIDSTOETS = "duo.uitkomst-leerbaarheidstoets.v1";
    public static final String REGISTRATIE_PIP = "duo.registratie-pip.v1";
    public static final String REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE = "duo.registratie-resultaten-pvt-map-zroute.v1";
    public static final String NOTIFICATIE_OM_REDEN = "duo.notificatie-om-reden.v1";
    public static final String OPGELEGDE_BOETE = "duo.opgelegde-boete.v1";
    public static final String BEOORDELING_AANVRAAG_VERLENGING = "duo.beoordeling-aanvraag-verlenging.v1";
    public static final String BESCHIKKING_VOLDAAN = "duo.beschikking-voldaan-inburgeringsplicht.v1";
    public static final String EINDOORDEEL_VRIJSTELLING = "duo.eindoordeel-vrijstelling.v1";
    public static final String BESLISSING_ONTHEFFING = "duo.beslissing-ontheffing.v1";
    public static final String EXAMENRESULTATEN = "duo.examenresultaten.v1";
    public static final String INBURGERAAR_GEKOPPELD_AAN_GEMEENTE = "coa.inburgeraar-gekoppeld-aan-gemeente.v1";
    public static final String KLANTPROFIEL = "coa.klantprofiel.v1";
    public static final String VASTGESTELDE_GEGEVENS_PIP = "gemeente.vastgestelde-gegevens-pip.v1";
    public static final String RESULTATEN_PVT_MAP_ZROUTE = "gemeente.resultaten-pvt-map-zroute.v1";
    public static final String VERLOOP_LEERBAARHEIDSTOETS = "gemeente.verloop-leerbaarheidstoets.v1";
    public static final String INSPANNING_INSTELLING_GEZINSMIGRANT = "instelling.inspanning-inburgeraar-gezinsmigrant.v1";
    public static final String INSPANNING_INSTELLING_ASIELSTATUSHOUDER = "instelling.inspanning-inburgeraar-asielstatushouder.v1";
    public static final String INSPANNING_GEMEENTE_ASIELSTATUSHOUDER = "gemeente.inspanning-inburgeraar-asielstatushouder.v1";
    public static final String OVERDRACHT_INBURGERAAR = "gemeente.overdracht-inburgeraar.v1";
    public static final String INSCHRIJVING_BIJ_INSTELLING = "instelling.inschrijving-inburgeraar.v1";
    public static final String BESLISSING_BIO = "szw.beslissing-bio.v1";
    public static final String FACTUREN_INSTELLING = "instelling.facturen.v1";
    public static final String FACTUURBEOORDELINGEN = "duo.factuurbeoordelingen.v1";
    public static final String MONITORING_IND = "ind.monitoring-evaluatie.v1";
    public static final String MONITORING_COA = "coa.monitoring-evaluatie.v1";
    public static final String MONITORING_GEMEENTE = "gemeente.monitoring-evaluatie.v1";
    public static final String MONITORING_DUO = "duo.monitoring-evaluatie.v1";
    public static final String LEVERINGSAFSPRAKEN_IND = "ind.leveringsafspraken.v1";
    public static final String LEVERINGSAFSPRAKEN_COA = "coa.leveringsafspraken.v1";
    public static final String LEVERINGSAFSPRAKEN_GEMEENTE = "gemeente.leveringsafspraken.v1";
    public static final String LEVERINGSAFSPRAKEN_INSTELLING = "instelling.leveringsafspraken.v1";

    private Topics() {
    }
}
