package nl.inburgering.duo.plichteinde.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * The last vertrek naar het buitenland of a plichtige DUO learned from the BRP, and his return (seed §13.3). One row
 * per person: a later vertrek replaces it.
 */
@Entity
@Table(name = "plichteinde_vertrek")
public class VertrekEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumVertrek;
    private String landVanVertrek;
    private LocalDate datumTerugkeer;
    private String gemeentecodeTerugkeer;
    @Column(nullable = false)
    private Instant geregistreerdOp;

    protected VertrekEntity() {
    }

    public VertrekEntity(String bsn, String gemeentecode, LocalDate datumVertrek, String landVanVertrek,
            Instant geregistreerdOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.datumVertrek = datumVertrek;
        this.landVanVertrek = landVanVertrek;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** A new vertrek of the same person (after an earlier return). */
    public void opnieuwVertrokken(String gemeentecode, LocalDate datumVertrek, String landVanVertrek,
            Instant geregistreerdOp) {
        this.gemeentecode = gemeentecode;
        this.datumVertrek = datumVertrek;
        this.landVanVertrek = landVanVertrek;
        this.datumTerugkeer = null;
        this.gemeentecodeTerugkeer = null;
        this.geregistreerdOp = geregistreerdOp;
    }

    public void teruggekeerd(String gemeentecode, LocalDate datum) {
        this.gemeentecodeTerugkeer = gemeentecode;
        this.datumTerugkeer = datum;
    }

    public boolean isTeruggekeerd() {
        return datumTerugkeer != null;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getDatumVertrek() {
        return datumVertrek;
    }

    public LocalDate getDatumTerugkeer() {
        return datumTerugkeer;
    }

    public String getGemeentecodeTerugkeer() {
        return gemeentecodeTerugkeer;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
