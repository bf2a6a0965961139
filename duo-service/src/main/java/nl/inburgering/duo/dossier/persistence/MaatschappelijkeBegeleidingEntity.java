package nl.inburgering.duo.dossier.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** DUO's decision that the gemeente must offer maatschappelijke begeleiding (Wi2021; seed §3.3). */
@Entity
@Table(name = "maatschappelijke_begeleiding")
public class MaatschappelijkeBegeleidingEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private LocalDate ingangsdatum;
    @Column(nullable = false)
    private LocalDate vastgesteldOp;

    protected MaatschappelijkeBegeleidingEntity() {
    }

    public MaatschappelijkeBegeleidingEntity(String bsn, LocalDate ingangsdatum, LocalDate vastgesteldOp) {
        this.bsn = bsn;
        this.ingangsdatum = ingangsdatum;
        this.vastgesteldOp = vastgesteldOp;
    }

    public LocalDate getIngangsdatum() {
        return ingangsdatum;
    }

    public LocalDate getVastgesteldOp() {
        return vastgesteldOp;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
