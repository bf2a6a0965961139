package nl.inburgering.gemeente.vrijstellingontheffing.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's decision on a vrijstelling (#11) or ontheffing (#12), by BSN and gemeente, as delivered. */
@Entity
@Table(name = "vrijstelling_ontheffing")
public class BeslissingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Beslissing.Soort beslissing;
    @Column(nullable = false)
    private String soort;
    @Column(nullable = false)
    private String oordeel;
    @Column(nullable = false)
    private String grond;
    @Column(nullable = false)
    private LocalDate datumOordeel;
    private LocalDate startdatum;
    private LocalDate einddatum;
    @Column(nullable = false)
    private String onderdelen;
    private Integer urenBelastbaarheid;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected BeslissingEntity() {
    }

    public BeslissingEntity(String bsn, String gemeentecode, Beslissing b) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.beslissing = b.beslissing();
        this.soort = b.soort();
        this.oordeel = b.oordeel();
        this.grond = b.grond();
        this.datumOordeel = b.datumOordeel();
        this.startdatum = b.startdatum();
        this.einddatum = b.einddatum();
        this.onderdelen = String.join(",", b.onderdelen());
        this.urenBelastbaarheid = b.urenBelastbaarheid();
        this.ontvangenOp = b.ontvangenOp();
    }

    public Beslissing beslissing() {
        return new Beslissing(beslissing, soort, oordeel, grond, datumOordeel, startdatum, einddatum,
                onderdelen.isEmpty() ? List.of() : List.of(onderdelen.split(",")), urenBelastbaarheid, ontvangenOp);
    }

    public String getBsn() {
        return bsn;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
