package nl.inburgering.duo.handhaving.persistence;

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
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Uitkomst;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's judgement at one deadline of a person: one per (bsn, vervaldag). */
@Entity
@Table(name = "handhavingsoordeel")
public class HandhavingsoordeelEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private LocalDate vervaldag;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Uitkomst uitkomst;
    private String verlengingsgrondcode;
    private String beschikkingskenmerk;
    private BigDecimal totaalbedrag;
    private LocalDate nieuweEinddatum;
    private String gemeentecode;
    @Column(nullable = false)
    private String overwegingen;
    @Column(nullable = false)
    private Instant beoordeeldOp;
    /** With a boete: its regels as "ONDERDEEL=bedrag;..." (V213); null before V213 and without a boete. */
    private String boeteregels;
    private LocalDate datumBeschikking;

    protected HandhavingsoordeelEntity() {
    }

    public HandhavingsoordeelEntity(UUID id, String bsn, LocalDate vervaldag, Uitkomst uitkomst,
            String verlengingsgrondcode, String beschikkingskenmerk, BigDecimal totaalbedrag, LocalDate nieuweEinddatum,
            String gemeentecode, String overwegingen, Instant beoordeeldOp) {
        this.id = id;
        this.bsn = bsn;
        this.vervaldag = vervaldag;
        this.uitkomst = uitkomst;
        this.verlengingsgrondcode = verlengingsgrondcode;
        this.beschikkingskenmerk = beschikkingskenmerk;
        this.totaalbedrag = totaalbedrag;
        this.nieuweEinddatum = nieuweEinddatum;
        this.gemeentecode = gemeentecode;
        this.overwegingen = overwegingen;
        this.beoordeeldOp = beoordeeldOp;
    }

    public Instant getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    public LocalDate getVervaldag() {
        return vervaldag;
    }

    public void metBoete(String boeteregels, LocalDate datumBeschikking) {
        this.boeteregels = boeteregels;
        this.datumBeschikking = datumBeschikking;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }

    public String getBoeteregels() {
        return boeteregels;
    }

    public String getBeschikkingskenmerk() {
        return beschikkingskenmerk;
    }

    public BigDecimal getTotaalbedrag() {
        return totaalbedrag;
    }

    public LocalDate getNieuweEinddatum() {
        return nieuweEinddatum;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
