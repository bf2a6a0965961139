package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.gemeente.inspanning.api.InspanningVoorOverdracht;
import nl.inburgering.gemeente.pip.api.PipVoorOverdracht;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The old gemeente handed the dossier over to the new one (#19 InburgeraarOvergedragen), assembled from its own data.
 *
 * @param pip        its latest PIP; null when it set none
 * @param aanbod     its latest inburgeringsaanbod; null when it set none
 * @param doelgroep  DUO's doelgroep by name when he left
 */
public record InburgeraarOvergedragenDoorGemeente(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumOverdracht, String doelgroep, PipVoorOverdracht.Pipstand pip,
        PipVoorOverdracht.Aanbodstand aanbod, List<InspanningVoorOverdracht.Stand> inspanningen,
        boolean maatschappelijkeBegeleidingAfgerond, boolean lopendeHandhavingOpInspanning, String contactpersoon) {

    public InburgeraarOvergedragenDoorGemeente {
        inspanningen = List.copyOf(inspanningen);
    }
}
