package nl.inburgering.duo.termijnbewaking.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * Ten weeks after the plicht reached the gemeente DUO held no PIP: the leerroute was set late, a reason DUO weighs as
 * niet verwijtbaar later (handhaving op resultaat).
 */
@Entity
@Table(name = "leerroute_te_laat")
public class LeerrouteTeLaatEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private LocalDate vervaldag;
    @Column(nullable = false)
    private Instant vastgesteldOp;

    protected LeerrouteTeLaatEntity() {
    }

    public LeerrouteTeLaatEntity(String bsn, LocalDate vervaldag, Instant vastgesteldOp) {
        this.bsn = bsn;
        this.vervaldag = vervaldag;
        this.vastgesteldOp = vastgesteldOp;
    }

    public LocalDate getVervaldag() {
        return vervaldag;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
