package nl.inburgering.gemeente.doelgroepkeuze.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.doelgroepkeuze.domain.Doelgroepkeuze;

/** A keuze the gemeente passed on to DUO (#16), one row per keuze. */
@Entity
@Table(name = "doelgroepkeuze")
public class DoelgroepkeuzeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumWijzigingDoelgroep;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Doelgroepkeuze keuze;
    @Column(nullable = false)
    private LocalDate datumOndertekening;
    @Column(nullable = false)
    private Instant doorgegevenOp;

    protected DoelgroepkeuzeEntity() {
    }

    public DoelgroepkeuzeEntity(String bsn, String gemeentecode, LocalDate datumWijzigingDoelgroep,
            Doelgroepkeuze keuze, LocalDate datumOndertekening, Instant doorgegevenOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.datumWijzigingDoelgroep = datumWijzigingDoelgroep;
        this.keuze = keuze;
        this.datumOndertekening = datumOndertekening;
        this.doorgegevenOp = doorgegevenOp;
    }

    public LocalDate getDatumWijzigingDoelgroep() {
        return datumWijzigingDoelgroep;
    }

    public Doelgroepkeuze getKeuze() {
        return keuze;
    }

    public LocalDate getDatumOndertekening() {
        return datumOndertekening;
    }

    public Instant getDoorgegevenOp() {
        return doorgegevenOp;
    }
}
