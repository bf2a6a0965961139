package nl.inburgering.instelling.examen.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenniveau;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenonderdeel;
import nl.inburgering.instelling.examen.domain.Examenresultaat.Examenuitslag;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * One examenresultaat DUO delivered to one instelling (#13) of one of its cursisten, as read; written by
 * {@link Examenresultaten}.
 */
@Entity
@Table(name = "examenresultaat")
public class ExamenresultaatEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Examenonderdeel onderdeel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Examenniveau niveau;
    @Column(nullable = false)
    private LocalDate examendatum;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Examenuitslag uitslag;
    private String redenGeenResultaat;
    @Column(nullable = false)
    private LocalDate datumDefinitieveUitslag;
    @Column(nullable = false)
    private String aanleiding;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected ExamenresultaatEntity() {
    }

    public Examenresultaat alsResultaat() {
        return new Examenresultaat(onderdeel, niveau, examendatum, uitslag, redenGeenResultaat,
                datumDefinitieveUitslag, aanleiding);
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
