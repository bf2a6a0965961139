package nl.inburgering.gemeente.overdracht.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * #19 in at the new gemeente: what the old gemeente handed over (InburgeraarOvergedragen), as far as the new
 * gemeente shows it; the rest it asks the contactpersoon or fetches at the dossierverwijzing.
 */
public record OverdrachtOntvangen(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumOverdracht, String doelgroep, LocalDate pipDagtekening,
        String pipLeerroute, String pipNiveau, LocalDate datumInburgeringsaanbod, int aantalInspanningen,
        boolean maatschappelijkeBegeleidingAfgerond, boolean lopendeHandhavingOpInspanning, String contactpersoon,
        String dossierverwijzing) {
}
