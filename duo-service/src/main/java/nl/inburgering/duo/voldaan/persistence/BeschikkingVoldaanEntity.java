package nl.inburgering.duo.voldaan.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.voldaan.domain.Leerroute;
import nl.inburgering.duo.voldaan.domain.Waardepapier;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's beschikking that a person's plicht is voldaan: one per person, never changed. */
@Entity
@Table(name = "beschikking_voldaan")
public class BeschikkingVoldaanEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Leerroute leerroute;
    @Column(nullable = false)
    private LocalDate datumVoldaan;
    @Column(nullable = false)
    private LocalDate datumBeschikking;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Waardepapier waardepapier;
    @Column(nullable = false)
    private Instant vastgesteldOp;

    protected BeschikkingVoldaanEntity() {
    }

    public BeschikkingVoldaanEntity(String bsn, String gemeentecode, Leerroute leerroute, LocalDate datumVoldaan,
            LocalDate datumBeschikking, Waardepapier waardepapier, Instant vastgesteldOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.leerroute = leerroute;
        this.datumVoldaan = datumVoldaan;
        this.datumBeschikking = datumBeschikking;
        this.waardepapier = waardepapier;
        this.vastgesteldOp = vastgesteldOp;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public LocalDate getDatumVoldaan() {
        return datumVoldaan;
    }

    public LocalDate getDatumBeschikking() {
        return datumBeschikking;
    }

    public Waardepapier getWaardepapier() {
        return waardepapier;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
