package nl.inburgering.gemeente.overdracht.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.BatchSize;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import nl.inburgering.gemeente.overdracht.domain.BoeteOpInspanning;
import nl.inburgering.gemeente.overdracht.domain.Intakeresultaat;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenAanbod;
import nl.inburgering.gemeente.overdracht.domain.OvergedragenInspanning;

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
    // since V198 (#19 v2): the aanbod in full, the brede intake, the inspanning per instelling and the boetes
    private LocalDate aanbodVerwachteStartdatumOpleiding;
    private LocalDate aanbodVerwachteEinddatumOpleiding;
    private String[] aanbodInstellingsnummers;
    private Integer intakeAantalOproepen;
    private Integer intakeAantalKeerNietVerschenen;
    private String leerbaarheidstoetsResultaat;
    private String leerbaarheidstoetsBehaaldeScore;
    private String leerbaarheidstoetsBenodigdeScore;
    private LocalDate leerbaarheidstoetsDatumAfname;
    /** Lazy and fetched in batches: a werkvoorraad page reads them for all its rows in one query each. */
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "overdracht_inburgeraar_inspanning", joinColumns = @JoinColumn(name = "overdracht_id"))
    @OrderColumn(name = "volgorde")
    private List<OvergedragenInspanningEmbeddable> inspanningen = new ArrayList<>();
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "overdracht_inburgeraar_boete", joinColumns = @JoinColumn(name = "overdracht_id"))
    @OrderColumn(name = "volgorde")
    private List<OvergedragenBoeteEmbeddable> boetesOpInspanning = new ArrayList<>();

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
            String pipLeerroute, String pipNiveau, OvergedragenAanbod aanbod, List<OvergedragenInspanning> inspanningen,
            boolean maatschappelijkeBegeleidingAfgerond, boolean lopendeHandhavingOpInspanning, String contactpersoon,
            String dossierverwijzing, Intakeresultaat intake, List<BoeteOpInspanning> boetes) {
        this.ontvangenOp = ontvangenOp;
        this.datumOverdracht = datumOverdracht;
        this.doelgroep = doelgroep;
        this.pipDagtekening = pipDagtekening;
        this.pipLeerroute = pipLeerroute;
        this.pipNiveau = pipNiveau;
        this.datumInburgeringsaanbod = aanbod == null ? null : aanbod.datumInburgeringsaanbod();
        this.aanbodVerwachteStartdatumOpleiding = aanbod == null ? null : aanbod.verwachteStartdatumOpleiding();
        this.aanbodVerwachteEinddatumOpleiding = aanbod == null ? null : aanbod.verwachteEinddatumOpleiding();
        this.aanbodInstellingsnummers = aanbod == null ? null : aanbod.instellingsnummers().toArray(String[]::new);
        this.aantalInspanningen = inspanningen.size();
        this.inspanningen.clear();
        inspanningen.forEach(i -> this.inspanningen.add(new OvergedragenInspanningEmbeddable(i)));
        this.intakeAantalOproepen = intake == null ? null : intake.aantalOproepen();
        this.intakeAantalKeerNietVerschenen = intake == null ? null : intake.aantalKeerNietVerschenen();
        this.leerbaarheidstoetsResultaat = intake == null ? null : intake.leerbaarheidstoetsResultaat();
        this.leerbaarheidstoetsBehaaldeScore = intake == null ? null : intake.behaaldeScore();
        this.leerbaarheidstoetsBenodigdeScore = intake == null ? null : intake.benodigdeScore();
        this.leerbaarheidstoetsDatumAfname = intake == null ? null : intake.datumAfnameLeerbaarheidstoets();
        this.boetesOpInspanning.clear();
        boetes.forEach(b -> this.boetesOpInspanning.add(new OvergedragenBoeteEmbeddable(b)));
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

    /** The aanbod as it arrived; null when none came. */
    public OvergedragenAanbod getAanbod() {
        return datumInburgeringsaanbod == null ? null : new OvergedragenAanbod(datumInburgeringsaanbod,
                aanbodVerwachteStartdatumOpleiding, aanbodVerwachteEinddatumOpleiding,
                aanbodInstellingsnummers == null ? List.of() : List.of(aanbodInstellingsnummers));
    }

    /** What the old gemeente recorded of the brede intake; null when it sent nothing (or an overdracht before V198). */
    public Intakeresultaat getIntakeresultaat() {
        return intakeAantalOproepen == null ? null : new Intakeresultaat(intakeAantalOproepen,
                intakeAantalKeerNietVerschenen, leerbaarheidstoetsResultaat, leerbaarheidstoetsBehaaldeScore,
                leerbaarheidstoetsBenodigdeScore, leerbaarheidstoetsDatumAfname);
    }

    public List<OvergedragenInspanning> getInspanningen() {
        return inspanningen.stream().map(OvergedragenInspanningEmbeddable::alsInspanning).toList();
    }

    public List<BoeteOpInspanning> getBoetesOpInspanning() {
        return boetesOpInspanning.stream().map(OvergedragenBoeteEmbeddable::alsBoete).toList();
    }
}
