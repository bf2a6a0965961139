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
import nl.inburgering.duo.lening.domain.Factuurstatus;
import nl.inburgering.duo.lening.domain.Goedkeuring;
import nl.inburgering.duo.lening.domain.Leerroute;
import nl.inburgering.duo.lening.domain.Niveau;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A factuur of an instelling to be paid from a lening (seed §12.2). */
@Entity
@Table(name = "lening_factuur")
public class LeningFactuurEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private UUID leningId;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String factuurnummer;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leerroute leerroute;
    /** Null for a course outside the B1-route: the contract names no niveau there. */
    @Enumerated(EnumType.STRING)
    private Niveau niveau;
    @Column(nullable = false)
    private String omschrijving;
    @Column(nullable = false)
    private BigDecimal bedrag;
    @Column(nullable = false)
    private LocalDate factuurdatum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Factuurstatus status;
    @Enumerated(EnumType.STRING)
    private Goedkeuring goedkeuring;
    private Instant goedgekeurdOp;
    private BigDecimal bedragBetaalbaar;
    private String redenenAfwijzing;
    private LocalDate datumBeoordeling;
    private LocalDate betaaldOp;
    @Column(nullable = false)
    private Instant ontvangenOp;
    @Version
    private long version;

    protected LeningFactuurEntity() {
    }

    public LeningFactuurEntity(UUID leningId, String bsn, String instellingsnummer, String factuurnummer,
            Leerroute leerroute, Niveau niveau, String omschrijving, BigDecimal bedrag, LocalDate factuurdatum,
            Instant ontvangenOp) {
        this.id = UUID.randomUUID();
        this.leningId = leningId;
        this.bsn = bsn;
        this.instellingsnummer = instellingsnummer;
        this.factuurnummer = factuurnummer;
        this.leerroute = leerroute;
        this.niveau = niveau;
        this.omschrijving = omschrijving;
        this.bedrag = bedrag;
        this.factuurdatum = factuurdatum;
        this.status = Factuurstatus.WACHT_OP_GOEDKEURING;
        this.ontvangenOp = ontvangenOp;
    }

    public void goedgekeurd(Goedkeuring hoe, Instant op) {
        this.goedkeuring = hoe;
        this.goedgekeurdOp = op;
    }

    /** Betaalbaar gesteld and paid to the instelling on the same day. */
    public void betaalbaarGesteld(LocalDate datum) {
        this.status = Factuurstatus.BETAALBAAR_GESTELD;
        this.bedragBetaalbaar = bedrag;
        this.datumBeoordeling = datum;
        this.betaaldOp = datum;
    }

    public void afgewezen(List<String> redenen, LocalDate datum) {
        this.status = Factuurstatus.AFGEWEZEN;
        this.bedragBetaalbaar = BigDecimal.ZERO.setScale(2);
        this.redenenAfwijzing = String.join("\n", redenen);
        this.datumBeoordeling = datum;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public UUID getLeningId() {
        return leningId;
    }

    public String getBsn() {
        return bsn;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public String getFactuurnummer() {
        return factuurnummer;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public Niveau getNiveau() {
        return niveau;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public BigDecimal getBedrag() {
        return bedrag;
    }

    public LocalDate getFactuurdatum() {
        return factuurdatum;
    }

    public Factuurstatus getStatus() {
        return status;
    }

    public Goedkeuring getGoedkeuring() {
        return goedkeuring;
    }

    public Instant getGoedgekeurdOp() {
        return goedgekeurdOp;
    }

    public BigDecimal getBedragBetaalbaar() {
        return bedragBetaalbaar;
    }

    public List<String> getRedenenAfwijzing() {
        return redenenAfwijzing == null ? List.of() : List.of(redenenAfwijzing.split("\n"));
    }

    public LocalDate getDatumBeoordeling() {
        return datumBeoordeling;
    }

    public LocalDate getBetaaldOp() {
        return betaaldOp;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
