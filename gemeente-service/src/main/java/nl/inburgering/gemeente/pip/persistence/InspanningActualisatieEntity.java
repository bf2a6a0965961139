package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;

/** A request to bring an asielstatushouder's inspanning (#18) up to date before a route change of his PIP. */
@Entity
@Table(name = "inspanning_actualisatie")
public class InspanningActualisatieEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RedenWijziging aanleiding;
    @Column(nullable = false)
    private Instant gevraagdOp;

    protected InspanningActualisatieEntity() {
    }

    public InspanningActualisatieEntity(String bsn, String gemeentecode, RedenWijziging aanleiding, Instant gevraagdOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.aanleiding = aanleiding;
        this.gevraagdOp = gevraagdOp;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public RedenWijziging getAanleiding() {
        return aanleiding;
    }

    public Instant getGevraagdOp() {
        return gevraagdOp;
    }
}
