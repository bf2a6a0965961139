package nl.inburgering.gemeente.inburgeraar.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * DUO's beschikking voldaan (#10) for this gemeente, the latest delivery, with the uitreiking of the certificaat
 * when the gemeente hands it over (Z-route, seed §15.6).
 */
@Entity
@Table(name = "beschikking_voldaan")
public class BeschikkingVoldaanEntity extends NieuweEntiteit<UUID> {

    public static final String INBURGERINGSCERTIFICAAT = "INBURGERINGSCERTIFICAAT";

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
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
    private LocalDate certificaatUitgereiktOp;
    private Instant certificaatVastgelegdOp;

    protected BeschikkingVoldaanEntity() {
    }

    public BeschikkingVoldaanEntity(String bsn, String gemeentecode, Instant ontvangenOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.ontvangenOp = ontvangenOp;
    }

    /** The beschikking as DUO delivered it (again); an uitreiking already recorded stays. */
    public BeschikkingVoldaanEntity beschikking(LocalDate datumBeschikking, LocalDate datumVoldaan, String leerroute,
            String waardepapier, Instant ontvangenOp) {
        this.datumBeschikking = datumBeschikking;
        this.datumVoldaan = datumVoldaan;
        this.leerroute = leerroute;
        this.waardepapier = waardepapier;
        this.ontvangenOp = ontvangenOp;
        return this;
    }

    public void certificaatUitgereikt(LocalDate datum, Instant vastgelegdOp) {
        this.certificaatUitgereiktOp = datum;
        this.certificaatVastgelegdOp = vastgelegdOp;
    }

    /** A certificaat the gemeente hands over and did not yet (seed §15.6). */
    public boolean certificaatTeUitreiken() {
        return INBURGERINGSCERTIFICAAT.equals(waardepapier) && certificaatUitgereiktOp == null;
    }

    public String getBsn() {
        return bsn;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }

    public LocalDate getDatumVoldaan() {
        return datumVoldaan;
    }

    public String getLeerroute() {
        return leerroute;
    }

    public String getWaardepapier() {
        return waardepapier;
    }

    public LocalDate getCertificaatUitgereiktOp() {
        return certificaatUitgereiktOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
