package nl.inburgering.duo.dossier.messaging;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.duo.dossier.api.Doelgroep;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.api.Plichtonderdeel;
import nl.inburgering.duo.dossier.api.Plichtwijziging;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtGewijzigd;
import nl.inburgering.duo.dossier.domain.LeveringPolicy;

class DossierEnumVertalingenTest {

    @Test
    void elk_verblijfsdoel_van_ind_behalve_onbekend_is_een_verblijfsdoel_van_duo() {
        EnumVertalingen.dektElkeWaardeBehalve(Verblijfsdoel.class, EnumSet.of(Verblijfsdoel.ONBEKEND),
                VerblijfsdoelenMapper::verblijfsdoel);
    }

    @Test
    void elke_ontvanger_doelgroep_en_gedetailleerde_doelgroep_van_duo_gaat_naar_het_contract_van_3() {
        EnumVertalingen.wordtElkeWaardeVertaald(LeveringPolicy.Ontvanger.class,
                InburgeringsplichtVastgesteldVertaling::ontvanger);
        EnumVertalingen.wordtElkeWaardeVertaald(Doelgroep.class, InburgeringsplichtVastgesteldVertaling::doelgroep);
        EnumVertalingen.wordtElkeWaardeVertaald(GedetailleerdeDoelgroep.class,
                InburgeringsplichtVastgesteldVertaling::gedetailleerdeDoelgroep);
    }

    @Test
    void elke_reden_waarom_iemand_niet_of_niet_meer_plichtig_is_gaat_naar_het_contract_van_3_beeindigd() {
        EnumVertalingen.wordtElkeWaardeVertaald(RedenNietPlichtig.class, InburgeringsplichtBeeindigdVertaling::reden);
    }

    @Test
    void elke_reden_van_een_wijziging_elke_doelgroepkeuze_en_elk_onderdeel_gaat_naar_het_contract_van_3_gewijzigd() {
        EnumVertalingen.wordtElkeWaardeVertaald(Plichtwijziging.Reden.class,
                InburgeringsplichtGewijzigdVertaling::reden);
        EnumVertalingen.wordtElkeWaardeVertaald(InburgeringsplichtGewijzigd.Doelgroepkeuze.class,
                InburgeringsplichtGewijzigdVertaling::keuze);
        EnumVertalingen.wordtElkeWaardeVertaald(Plichtonderdeel.class, InburgeringsplichtGewijzigdVertaling::onderdeel);
    }
}
