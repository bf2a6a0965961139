package nl.inburgering.gemeente.handhaving.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.handhaving.domain.OpgelegdeBoete;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One #8 BoeteOpgelegd DUO delivered to this gemeente (one per beschikkingskenmerk). */
@Entity
@Table(name = "opgelegde_boete")
public class OpgelegdeBoeteEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String beschikkingskenmerk;
    @Column(nullable = false)
    private BigDecimal totaalbedrag;
    @Column(nullable = false)
    private LocalDate datumBeschikking;
    private LocalDate nieuweEinddatumTermijn;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected OpgelegdeBoeteEntity() {
    }

    public OpgelegdeBoeteEntity(String bsn, String gemeentecode, OpgelegdeBoete boete, Instant ontvangenOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.beschikkingskenmerk = boete.beschikkingskenmerk();
        vervang(boete, ontvangenOp);
    }

    /** DUO delivered the same beschikking again (possibly corrected): the latest counts. */
    public void vervang(OpgelegdeBoete boete, Instant ontvangenOp) {
        this.totaalbedrag = boete.bedrag();
        this.datumBeschikking = boete.datumBeschikking();
        this.nieuweEinddatumTermijn = boete.nieuweEinddatumInburgeringstermijn();
        this.ontvangenOp = ontvangenOp;
    }

    public String getBsn() {
        return bsn;
    }

    public OpgelegdeBoete boete() {
        return new OpgelegdeBoete(beschikkingskenmerk, totaalbedrag, datumBeschikking, nieuweEinddatumTermijn);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
