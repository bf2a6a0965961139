package nl.inburgering.gemeente.overdracht.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.gemeente.overdracht.domain.BoeteOpInspanning;
import nl.inburgering.gemeente.overdracht.domain.Intakeresultaat;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenAanbod;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenInspanning;
import nl.inburgering.platform.bsn.Bsn;

/**
 * #19 in at the new gemeente: what the old gemeente handed over (InburgeraarOvergedragen), as far as the new
 * gemeente shows it (since #19 v2 also the intake, each inspanning and each boete op inspanning); the rest it asks the contactpersoon or fetches at the dossierverwijzing.
 */
public record OverdrachtOntvangen(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumOverdracht, String doelgroep, LocalDate pipDagtekening,
        String pipLeerroute, String pipNiveau, OvergedragenAanbod aanbod, List<OvergedragenInspanning> inspanningen,
        boolean maatschappelijkeBegeleidingAfgerond, boolean lopendeHandhavingOpInspanning, String contactpersoon,
        String dossierverwijzing, Intakeresultaat intakeresultaat, List<BoeteOpInspanning> boetesOpInspanning) {

    public OverdrachtOntvangen {
        inspanningen = List.copyOf(inspanningen);
        boetesOpInspanning = List.copyOf(boetesOpInspanning);
    }
}
