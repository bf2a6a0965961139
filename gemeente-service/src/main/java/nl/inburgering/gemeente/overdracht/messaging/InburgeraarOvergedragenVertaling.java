package nl.inburgering.gemeente.overdracht.messaging;

import java.math.RoundingMode;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.BoeteOpInspanning;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Inburgeringsaanbod;
import nl.inburgering.contracts.common.Inspanning;
import nl.inburgering.contracts.common.Intakeresultaat;
import nl.inburgering.contracts.common.LeerbaarheidstoetsResultaat;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.event.InburgeraarOvergedragen;
import nl.inburgering.gemeente.overdracht.domain.InburgeraarOvergedragenDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #19 out (old gemeente to new): the dossier, from the old gemeente's own data. */
@Component
class InburgeraarOvergedragenVertaling
        implements UitgaandeVertaling<InburgeraarOvergedragenDoorGemeente, InburgeraarOvergedragen> {

    @Override
    public InburgeraarOvergedragen vertaal(InburgeraarOvergedragenDoorGemeente e) {
        return InburgeraarOvergedragen.newBuilder().setBsn(e.bsn().value()).setGemeentecodeOud(e.gemeentecodeOud())
                .setGemeentecodeNieuw(e.gemeentecodeNieuw()).setDatumVerhuizing(e.datumVerhuizing())
                .setDatumOverdracht(e.datumOverdracht()).setDoelgroep(Doelgroepindeling.valueOf(e.doelgroep()))
                .setPip(e.pip() == null ? null : PipGegevens.newBuilder().setDagtekeningPip(e.pip().dagtekening())
                        .setLeerroute(Leerroute.valueOf(e.pip().leerroute()))
                        .setNiveau(e.pip().niveau() == null ? null : NiveauPip.valueOf(e.pip().niveau()))
                        .setGeschatteIntensiteitB1Route(e.pip().geschatteIntensiteitB1Route())
                        .setIndicatorMagOpleidingAfmaken(e.pip().indicatorMagOpleidingAfmaken())
                        .setAlfabetiseringsonderwijs(Alfabetiseringsonderwijs.valueOf(e.pip().alfabetiseringsonderwijs()))
                        .setEenzijdigVastgesteld(e.pip().eenzijdigVastgesteld()).build())
                .setInburgeringsaanbod(e.aanbod() == null ? null : Inburgeringsaanbod.newBuilder()
                        .setDatumInburgeringsaanbod(e.aanbod().datumInburgeringsaanbod())
                        .setVerwachteStartdatumOpleiding(e.aanbod().verwachteStartdatumOpleiding())
                        .setVerwachteEinddatumOpleiding(e.aanbod().verwachteEinddatumOpleiding())
                        .setAlfabetiseringsonderwijs(
                                Alfabetiseringsonderwijs.valueOf(e.aanbod().alfabetiseringsonderwijs()))
                        .setInstellingsnummers(e.aanbod().instellingsnummers()).build())
                .setInspanningen(e.inspanningen().stream().map(s -> Inspanning.newBuilder()
                        .setInstellingsnummer(s.instellingsnummer()).setLeerroute(Leerroute.valueOf(s.leerroute()))
                        .setPeildatum(s.peildatum()).setStartdatumOnderwijs(s.startdatumOnderwijs())
                        .setUrenAangeboden(s.urenAangeboden()).setUrenAanwezig(s.urenAanwezig())
                        .setUrenOngeoorloofdVerzuim(s.urenOngeoorloofdVerzuim())
                        .setTaalschakeltrajectAfgerond(s.taalschakeltrajectAfgerond())
                        .setDatumAfrondingTaalschakeltraject(s.datumAfrondingTaalschakeltraject())
                        .setActualisatiemoment(Actualisatiemoment.valueOf(s.actualisatiemoment())).build()).toList())
                .setMaatschappelijkeBegeleidingAfgerond(e.maatschappelijkeBegeleidingAfgerond())
                .setLopendeHandhavingOpInspanning(e.lopendeHandhavingOpInspanning())
                .setContactpersoon(e.contactpersoon()).setDossierverwijzing(null)
                .setIntakeresultaat(e.intakeresultaat() == null ? null : Intakeresultaat.newBuilder()
                        .setAantalOproepen(e.intakeresultaat().aantalOproepen())
                        .setAantalKeerNietVerschenen(e.intakeresultaat().aantalKeerNietVerschenen())
                        .setLeerbaarheidstoetsResultaat(e.intakeresultaat().leerbaarheidstoetsResultaat() == null ? null
                                : LeerbaarheidstoetsResultaat.valueOf(e.intakeresultaat().leerbaarheidstoetsResultaat()))
                        .setBehaaldeScore(e.intakeresultaat().behaaldeScore())
                        .setBenodigdeScore(e.intakeresultaat().benodigdeScore())
                        .setDatumAfnameLeerbaarheidstoets(e.intakeresultaat().datumAfnameLeerbaarheidstoets()).build())
                .setBoetesOpInspanning(e.boetesOpInspanning().stream().map(b -> BoeteOpInspanning.newBuilder()
                        .setDatumBoete(b.datum()).setBedrag(b.bedrag().setScale(2, RoundingMode.UNNECESSARY))
                        .setReden(b.reden()).setInstellingsnummer(b.instellingsnummer()).build()).toList())
                .build();
    }
}
