package nl.inburgering.gemeente.brp.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

@Entity
@Table(name = "brp_inschrijving")
public class BrpInschrijvingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumInschrijving;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private Instant geregistreerdOp;
    /** Set while the person lives in the buitenland (seed §13.3); cleared when he is ingeschreven again. */
    private LocalDate datumVertrek;
    private LocalDate datumOverlijden;

    protected BrpInschrijvingEntity() {
    }

    public BrpInschrijvingEntity(UUID id, String bsn, String gemeentecode, LocalDate datumInschrijving,
            LocalDate geboortedatum, Instant geregistreerdOp) {
        this.id = id;
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.datumInschrijving = datumInschrijving;
        this.geboortedatum = geboortedatum;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** The person moved to another gemeente; the BRP keeps one inschrijving, in his current gemeente. */
    public void verhuisd(String gemeentecodeNieuw) {
        this.gemeentecode = gemeentecodeNieuw;
    }

    /** The person left for the buitenland: no longer an ingezetene of any gemeente until he returns. */
    public void vertrokken(LocalDate datum) {
        this.datumVertrek = datum;
    }

    public void overleden(LocalDate datum) {
        this.datumOverlijden = datum;
    }

    /** The person came back from the buitenland and is ingeschreven again, in this gemeente from this day. */
    public void opnieuwIngeschreven(String gemeentecode, LocalDate datumInschrijving) {
        this.gemeentecode = gemeentecode;
        this.datumInschrijving = datumInschrijving;
        this.datumVertrek = null;
    }

    /** Whether he lives in a Nederlandse gemeente now: not vertrokken, not overleden. */
    public boolean isIngezetene() {
        return datumVertrek == null && datumOverlijden == null;
    }

    public boolean isVertrokken() {
        return datumVertrek != null && datumOverlijden == null;
    }

    public LocalDate getDatumVertrek() {
        return datumVertrek;
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

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public LocalDate getDatumInschrijving() {
        return datumInschrijving;
    }
}
