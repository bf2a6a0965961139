package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

@Entity
@Table(name = "brp_inschrijving")
public class BrpInschrijvingEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumInschrijving;

    protected BrpInschrijvingEntity() {
    }

    public BrpInschrijvingEntity(BrpInschrijving inschrijving) {
        this.bsn = inschrijving.bsn().value();
        this.gemeentecode = inschrijving.gemeentecode();
        this.datumInschrijving = inschrijving.datumInschrijving();
    }

    /** A later inschrijving of the same person (another gemeente, another date) replaces the one IND kept. */
    public void werkBij(BrpInschrijving inschrijving) {
        this.gemeentecode = inschrijving.gemeentecode();
        this.datumInschrijving = inschrijving.datumInschrijving();
    }

    public BrpInschrijving alsDomein() {
        return new BrpInschrijving(Bsn.of(bsn), gemeentecode, datumInschrijving);
    }

    @Override
    public String getId() {
        return bsn;
    }
}
