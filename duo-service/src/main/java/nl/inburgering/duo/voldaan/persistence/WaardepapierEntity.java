package nl.inburgering.duo.voldaan.persistence;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.voldaan.domain.Waardepapier;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * A waardepapier DUO sent with a beschikking voldaan: the diploma to the inburgeraar, or the certificaat to the
 * gemeente that hands it over (then with its gemeentecode).
 */
@Entity
@Table(name = "waardepapier")
public class WaardepapierEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Waardepapier soort;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Waardepapier.Ontvanger verstrektAan;
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumVerstrekt;

    protected WaardepapierEntity() {
    }

    public WaardepapierEntity(String bsn, Waardepapier soort, String gemeentecode, LocalDate datumVerstrekt) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.soort = soort;
        this.verstrektAan = soort.ontvanger();
        this.gemeentecode = soort.ontvanger() == Waardepapier.Ontvanger.GEMEENTE ? gemeentecode : null;
        this.datumVerstrekt = datumVerstrekt;
    }

    public Waardepapier getSoort() {
        return soort;
    }

    public Waardepapier.Ontvanger getVerstrektAan() {
        return verstrektAan;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getDatumVerstrekt() {
        return datumVerstrekt;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
