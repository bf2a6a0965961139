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
 * @param intakeresultaat     what it recorded of the brede intake; null when nothing
 * @param boetesOpInspanning  the boetes it imposed on inspanning (brede intake and verzuim), oldest first
 */
public record InburgeraarOvergedragenDoorGemeente(Bsn bsn, String gemeentecodeOud, String gemeentecodeNieuw,
        LocalDate datumVerhuizing, LocalDate datumOverdracht, String doelgroep, PipVoorOverdracht.Pipstand pip,
        PipVoorOverdracht.Aanbodstand aanbod, List<InspanningVoorOverdracht.Stand> inspanningen,
        boolean maatschappelijkeBegeleidingAfgerond, String contactpersoon, Intakeresultaat intakeresultaat,
        List<BoeteOpInspanning> boetesOpInspanning) {

    public InburgeraarOvergedragenDoorGemeente {
        inspanningen = List.copyOf(inspanningen);
        boetesOpInspanning = List.copyOf(boetesOpInspanning);
    }

    /** The v1 flag, kept for receivers that read only it: a boete on inspanning was imposed. */
    public boolean lopendeHandhavingOpInspanning() {
        return !boetesOpInspanning.isEmpty();
    }
}
