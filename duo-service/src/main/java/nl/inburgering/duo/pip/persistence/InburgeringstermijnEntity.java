package nl.inburgering.duo.pip.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * The current inburgeringstermijn of a person; both ends inclusive. Set on the first PIP; changed only by a verlenging
 * or a new termijn after a boete ({@code Termijnwijziging}).
 */
@Entity
@Table(name = "inburgeringstermijn")
public class InburgeringstermijnEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate startdatum;
    @Column(nullable = false)
    private LocalDate einddatum;
    @Column(nullable = false)
    private LocalDate dagtekeningPip;
    @Column(nullable = false)
    private LocalDate datumVaststelling;

    protected InburgeringstermijnEntity() {
    }

    public InburgeringstermijnEntity(String bsn, String gemeentecode, Inburgeringstermijn termijn,
            LocalDate dagtekeningPip, LocalDate datumVaststelling) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.startdatum = termijn.begindatum();
        this.einddatum = termijn.einddatum();
        this.dagtekeningPip = dagtekeningPip;
        this.datumVaststelling = datumVaststelling;
    }

    public Inburgeringstermijn alsTermijn() {
        return new Inburgeringstermijn(startdatum, einddatum);
    }

    /** A verlenging or a new termijn: the termijn now runs as {@code nieuw}. */
    public void wijzig(Inburgeringstermijn nieuw) {
        this.startdatum = nieuw.begindatum();
        this.einddatum = nieuw.einddatum();
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public LocalDate getDagtekeningPip() {
        return dagtekeningPip;
    }

    public LocalDate getDatumVaststelling() {
        return datumVaststelling;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
