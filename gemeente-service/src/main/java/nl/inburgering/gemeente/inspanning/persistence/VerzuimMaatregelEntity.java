package nl.inburgering.gemeente.inspanning.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.inspanning.domain.Maatregel;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A waarschuwing or boete for ongeoorloofd verzuim; it stays at the gemeente (seed §9.2). */
@Entity
@Table(name = "verzuim_maatregel")
public class VerzuimMaatregelEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String instellingsnummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Maatregel maatregel;
    private int verzuimUren;
    @Column(nullable = false)
    private LocalDate datum;
    private BigDecimal bedrag;
    private UUID waarschuwingId;
    @Column(nullable = false)
    private String reden;
    @Column(nullable = false)
    private Instant opgelegdOp;

    protected VerzuimMaatregelEntity() {
    }

    public VerzuimMaatregelEntity(String bsn, String gemeentecode, String instellingsnummer, Maatregel maatregel,
            int verzuimUren, LocalDate datum, BigDecimal bedrag, UUID waarschuwingId, String reden,
            Instant opgelegdOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.instellingsnummer = instellingsnummer;
        this.maatregel = maatregel;
        this.verzuimUren = verzuimUren;
        this.datum = datum;
        this.bedrag = bedrag;
        this.waarschuwingId = waarschuwingId;
        this.reden = reden;
        this.opgelegdOp = opgelegdOp;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public Maatregel getMaatregel() {
        return maatregel;
    }

    public int getVerzuimUren() {
        return verzuimUren;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public UUID getWaarschuwingId() {
        return waarschuwingId;
    }

    public String getReden() {
        return reden;
    }

    public Instant getOpgelegdOp() {
        return opgelegdOp;
    }
}
