package nl.inburgering.duo.dossier.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** COA's koppeling of an asielstatushouder to a beoogde vestigingsgemeente (#14), as DUO knows it. */
@Entity
@Table(name = "koppeling")
public class KoppelingEntity extends NieuweEntiteit<String> {

    @Id
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate datumKoppeling;
    /** True while the person still lives in the AZC; false once ingeschreven in the gekoppelde gemeente. */
    private boolean inCoaLocatie;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected KoppelingEntity() {
    }

    public KoppelingEntity(String bsn, String gemeentecode, LocalDate datumKoppeling, Instant ontvangenOp) {
        this.bsn = bsn;
        this.inCoaLocatie = true;
        herkoppel(gemeentecode, datumKoppeling, ontvangenOp);
    }

    public void herkoppel(String gemeentecode, LocalDate datumKoppeling, Instant ontvangenOp) {
        this.gemeentecode = gemeentecode;
        this.datumKoppeling = datumKoppeling;
        this.ontvangenOp = ontvangenOp;
    }

    public void gevestigd() {
        this.inCoaLocatie = false;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public boolean isInCoaLocatie() {
        return inCoaLocatie;
    }

    @Override
    public String getId() {
        return bsn;
    }
}
