package nl.inburgering.instelling.factuur.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.instelling.factuur.domain.Factuur;
import nl.inburgering.instelling.factuur.domain.Factuurbeoordeling;
import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** One invoice of an instelling to DUO (seed §12.2), with DUO's judgement once it came. */
@Entity
@Table(name = "factuur")
public class FactuurEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String factuurnummer;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leerroute leerroute;
    @Enumerated(EnumType.STRING)
    private Taalniveau niveau;
    @Column(nullable = false)
    private String omschrijving;
    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal bedrag;
    @Column(nullable = false)
    private LocalDate factuurdatum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Factuurstatus status;
    @Column(precision = 9, scale = 2)
    private BigDecimal bedragBetaalbaar;
    private LocalDate datumBeoordeling;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "factuur_reden_afwijzing", joinColumns = @JoinColumn(name = "factuur_id"))
    @OrderColumn(name = "volgnummer")
    @Column(name = "reden", nullable = false)
    private List<String> redenenAfwijzing = new ArrayList<>();
    @Column(nullable = false)
    private Instant ingediendOp;
    private Instant beoordeeldOp;

    protected FactuurEntity() {
    }

    public FactuurEntity(Factuur factuur, Instant nu) {
        this.id = UUID.randomUUID();
        this.instellingsnummer = factuur.instellingsnummer();
        this.factuurnummer = factuur.factuurnummer();
        this.bsn = factuur.bsn().value();
        this.leerroute = factuur.leerroute();
        this.niveau = factuur.niveau();
        this.omschrijving = factuur.omschrijving();
        this.bedrag = factuur.bedrag();
        this.factuurdatum = factuur.factuurdatum();
        this.status = Factuurstatus.INGEDIEND;
        this.ingediendOp = nu;
    }

    /** DUO's judgement replaces the status (a later judgement of the same invoice replaces an earlier one). */
    public void beoordeeld(Factuurbeoordeling beoordeling, Instant nu) {
        this.status = beoordeling.oordeel();
        this.bedragBetaalbaar = beoordeling.bedragBetaalbaar().setScale(2);
        this.datumBeoordeling = beoordeling.datumBeoordeling();
        this.redenenAfwijzing.clear();
        this.redenenAfwijzing.addAll(beoordeling.redenenAfwijzing());
        this.beoordeeldOp = nu;
    }

    /** Whether this judgement is the one the invoice already has (the same fact delivered again). */
    public boolean heeftBeoordeling(Factuurbeoordeling beoordeling) {
        return status == beoordeling.oordeel() && bedragBetaalbaar != null
                && bedragBetaalbaar.compareTo(beoordeling.bedragBetaalbaar()) == 0
                && beoordeling.datumBeoordeling().equals(datumBeoordeling)
                && redenenAfwijzing.equals(beoordeling.redenenAfwijzing());
    }

    public Factuur alsFactuur() {
        return new Factuur(instellingsnummer, factuurnummer, Bsn.of(bsn), leerroute, niveau, omschrijving, bedrag,
                factuurdatum);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public Factuurstatus getStatus() {
        return status;
    }

    public BigDecimal getBedragBetaalbaar() {
        return bedragBetaalbaar;
    }

    public LocalDate getDatumBeoordeling() {
        return datumBeoordeling;
    }

    public List<String> getRedenenAfwijzing() {
        return List.copyOf(redenenAfwijzing);
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public Instant getBeoordeeldOp() {
        return beoordeeldOp;
    }
}
