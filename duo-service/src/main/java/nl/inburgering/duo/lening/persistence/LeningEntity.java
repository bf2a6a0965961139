package nl.inburgering.duo.lening.persistence;

import java.math.BigDecimal;
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
import jakarta.persistence.Version;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Terugbetaling;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A lening of one person (seed §12): the aanvraag, DUO's beslissing, what is besteed and the terugbetaling. */
@Entity
@Table(name = "lening")
public class LeningEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leningstatus status;
    @Column(nullable = false)
    private BigDecimal gevraagdBedrag;
    @Column(nullable = false)
    private LocalDate datumAanvraag;
    private BigDecimal toegekendBedrag;
    @Column(nullable = false)
    private BigDecimal besteedBedrag = BigDecimal.ZERO.setScale(2);
    private String redenenAfwijzing;
    private LocalDate datumBeslissing;
    private LocalDate datumEindeRecht;
    private String redenEindeRecht;
    private BigDecimal jaarinkomen;
    private BigDecimal termijnbedrag;
    private Integer aantalTermijnen;
    private LocalDate incassoVanaf;
    @Column(nullable = false)
    private Instant ingediendOp;
    @Version
    private long version;

    protected LeningEntity() {
    }

    public LeningEntity(String bsn, BigDecimal gevraagdBedrag, LocalDate datumAanvraag, Instant ingediendOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.status = Leningstatus.AANGEVRAAGD;
        this.gevraagdBedrag = gevraagdBedrag;
        this.datumAanvraag = datumAanvraag;
        this.ingediendOp = ingediendOp;
    }

    public void toegekend(BigDecimal bedrag, LocalDate datum) {
        this.status = Leningstatus.TOEGEKEND;
        this.toegekendBedrag = bedrag;
        this.datumBeslissing = datum;
    }

    public void afgewezen(List<String> redenen, LocalDate datum) {
        this.status = Leningstatus.AFGEWEZEN;
        this.redenenAfwijzing = String.join("\n", redenen);
        this.datumBeslissing = datum;
    }

    public void besteed(BigDecimal bedrag) {
        this.besteedBedrag = besteedBedrag.add(bedrag);
    }

    public BigDecimal restant() {
        return toegekendBedrag == null ? BigDecimal.ZERO : toegekendBedrag.subtract(besteedBedrag);
    }

    public void rechtVervallen(Leningstatus nieuw, LocalDate datum, String reden) {
        this.status = nieuw;
        this.datumEindeRecht = datum;
        this.redenEindeRecht = reden;
    }

    public void terugbetaling(Terugbetaling terugbetaling) {
        this.termijnbedrag = terugbetaling.termijnbedrag();
        this.aantalTermijnen = terugbetaling.aantalTermijnen();
        this.incassoVanaf = terugbetaling.incassoVanaf();
    }

    public void draagkracht(BigDecimal jaarinkomen) {
        this.jaarinkomen = jaarinkomen;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Leningstatus getStatus() {
        return status;
    }

    public BigDecimal getGevraagdBedrag() {
        return gevraagdBedrag;
    }

    public LocalDate getDatumAanvraag() {
        return datumAanvraag;
    }

    public BigDecimal getToegekendBedrag() {
        return toegekendBedrag;
    }

    public BigDecimal getBesteedBedrag() {
        return besteedBedrag;
    }

    public List<String> getRedenenAfwijzing() {
        return redenenAfwijzing == null ? List.of() : List.of(redenenAfwijzing.split("\n"));
    }

    public LocalDate getDatumBeslissing() {
        return datumBeslissing;
    }

    public LocalDate getDatumEindeRecht() {
        return datumEindeRecht;
    }

    public String getRedenEindeRecht() {
        return redenEindeRecht;
    }

    public BigDecimal getJaarinkomen() {
        return jaarinkomen;
    }

    public BigDecimal getTermijnbedrag() {
        return termijnbedrag;
    }

    public Integer getAantalTermijnen() {
        return aantalTermijnen;
    }

    public LocalDate getIncassoVanaf() {
        return incassoVanaf;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }
}
