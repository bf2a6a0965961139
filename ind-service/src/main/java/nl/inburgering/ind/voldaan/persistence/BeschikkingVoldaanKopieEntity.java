package nl.inburgering.ind.voldaan.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The beschikking voldaan DUO pushed to IND on #10: a copy, DUO is the source. */
@Entity
@Table(name = "beschikking_voldaan_kopie")
public class BeschikkingVoldaanKopieEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private LocalDate datumBeschikking;
    @Column(nullable = false)
    private LocalDate datumVoldaan;
    @Column(nullable = false)
    private String leerroute;
    @Column(nullable = false)
    private String waardepapier;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected BeschikkingVoldaanKopieEntity() {
    }

    public BeschikkingVoldaanKopieEntity(String bsn) {
        this.bsn = bsn;
    }

    public void vervang(BeschikkingVoldaan beschikking, Instant op) {
        this.datumBeschikking = beschikking.datumBeschikking();
        this.datumVoldaan = beschikking.datumVoldaan();
        this.leerroute = beschikking.leerroute();
        this.waardepapier = beschikking.waardepapier();
        this.ontvangenOp = op;
    }

    public BeschikkingVoldaan alsBeschikking() {
        return new BeschikkingVoldaan(datumBeschikking, datumVoldaan, leerroute, waardepapier);
    }

    @Override
    public String getId() {
        return bsn;
    }
}
