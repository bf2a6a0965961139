package nl.inburgering.gemeente.examenresultaat.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.examenresultaat.domain.Examenresultaat;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * DUO's uitslag of one exam (onderdeel, niveau, examendatum) of a person, for this gemeente (#13), as read; written by
 * {@link Examenresultaten}.
 */
@Entity
@Table(name = "examenresultaat")
public class ExamenresultaatEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String onderdeel;
    @Column(nullable = false)
    private String niveau;
    @Column(nullable = false)
    private LocalDate examendatum;
    @Column(nullable = false)
    private String uitslag;
    private String redenGeenResultaat;
    @Column(nullable = false)
    private LocalDate datumDefinitieveUitslag;
    @Column(nullable = false)
    private String aanleiding;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected ExamenresultaatEntity() {
    }

    public Examenresultaat resultaat() {
        return new Examenresultaat(onderdeel, niveau, examendatum, uitslag, redenGeenResultaat,
                datumDefinitieveUitslag, aanleiding);
    }

    public String getBsn() {
        return bsn;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
