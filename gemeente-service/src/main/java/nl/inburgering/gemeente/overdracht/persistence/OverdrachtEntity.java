package nl.inburgering.gemeente.overdracht.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The new gemeente's overdracht (#19): asked of the old gemeente, and what it handed over once it arrived. */
@Entity
@Table(name = "overdracht_inburgeraar")
public class OverdrachtEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    /** The new gemeente, whose row this is. */
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String gemeentecodeOud;
    @Column(nullable = false)
    private LocalDate datumVerhuizing;
    @Column(nullable = false)
    private LocalDate datumVerzoek;
    @Column(nullable = false)
    private Instant gevraagdOp;
    private Instant ontvangenOp;
    private LocalDate datumOverdracht;
    private String doelgroep;
    private LocalDate pipDagtekening;
    private String pipLeerroute;
    private String pipNiveau;
    private LocalDate datumInburgeringsaanbod;
    private Integer aantalInspanningen;
    private Boolean maatschappelijkeBegeleidingAfgerond;
    private Boolean lopendeHandhavingOpInspanning;
    private String contactpersoon;
    private String dossierverwijzing;

    protected OverdrachtEntity() {
    }

    public OverdrachtEntity(String bsn, String gemeentecode, String gemeentecodeOud, LocalDate datumVerhuizing,
            LocalDate datumVerzoek, Instant gevraagdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.gemeentecodeOud = gemeentecodeOud;
        this.datumVerhuizing = datumVerhuizing;
        this.datumVerzoek = datumVerzoek;
        this.gevraagdOp = gevraagdOp;
    }

    /** What the old gemeente handed over; a later overdracht for the same verhuizing replaces it. */
    public void ontvangen(Instant ontvangenOp, LocalDate datumOverdracht, String doelgroep, LocalDate pipDagtekening,
            String pipLeerroute, String pipNiveau, LocalDate datumInburgeringsaanbod, int aantalInspanningen,
            boolean maatschappelijkeBegeleidingAfgerond, boolean lopendeHandhavingOpInspanning, String contactpersoon,
            String dossierverwijzing) {
        this.ontvangenOp = ontvangenOp;
        this.datumOverdracht = datumOverdracht;
        this.doelgroep = doelgroep;
        this.pipDagtekening = pipDagtekening;
        this.pipLeerroute = pipLeerroute;
        this.pipNiveau = pipNiveau;
        this.datumInburgeringsaanbod = datumInburgeringsaanbod;
        this.aantalInspanningen = aantalInspanningen;
        this.maatschappelijkeBegeleidingAfgerond = maatschappelijkeBegeleidingAfgerond;
        this.lopendeHandhavingOpInspanning = lopendeHandhavingOpInspanning;
        this.contactpersoon = contactpersoon;
        this.dossierverwijzing = dossierverwijzing;
    }

    public boolean isOntvangen() {
        return ontvangenOp != null;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getGemeentecodeOud() {
        return gemeentecodeOud;
    }

    public LocalDate getDatumVerhuizing() {
        return datumVerhuizing;
    }

    public LocalDate getDatumVerzoek() {
        return datumVerzoek;
    }

    public Instant getGevraagdOp() {
        return gevraagdOp;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public LocalDate getDatumOverdracht() {
        return datumOverdracht;
    }

    public String getDoelgroep() {
        return doelgroep;
    }

    public LocalDate getPipDagtekening() {
        return pipDagtekening;
    }

    public String getPipLeerroute() {
        return pipLeerroute;
    }

    public String getPipNiveau() {
        return pipNiveau;
    }

    public LocalDate getDatumInburgeringsaanbod() {
        return datumInburgeringsaanbod;
    }

    public Integer getAantalInspanningen() {
        return aantalInspanningen;
    }

    public Boolean getMaatschappelijkeBegeleidingAfgerond() {
        return maatschappelijkeBegeleidingAfgerond;
    }

    public Boolean getLopendeHandhavingOpInspanning() {
        return lopendeHandhavingOpInspanning;
    }

    public String getContactpersoon() {
        return contactpersoon;
    }

    public String getDossierverwijzing() {
        return dossierverwijzing;
    }
}
