package nl.inburgering.gemeente.intake.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The uitkomst of a leerbaarheidstoets as DUO delivered it (#6 LeerbaarheidstoetsUitkomstVastgesteld). */
@Entity
@Table(name = "leerbaarheidstoets_uitkomst")
public class UitkomstEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String resultaat;
    private String behaaldeScore;
    private String benodigdeScore;
    @Column(nullable = false)
    private LocalDate datumAfname;
    @Column(nullable = false)
    private Instant ontvangenOp;

    protected UitkomstEntity() {
    }

    public UitkomstEntity(String bsn, String gemeentecode, String resultaat, String behaaldeScore,
            String benodigdeScore, LocalDate datumAfname, Instant ontvangenOp) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.resultaat = resultaat;
        this.behaaldeScore = behaaldeScore;
        this.benodigdeScore = benodigdeScore;
        this.datumAfname = datumAfname;
        this.ontvangenOp = ontvangenOp;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getResultaat() {
        return resultaat;
    }

    public String getBehaaldeScore() {
        return behaaldeScore;
    }

    public String getBenodigdeScore() {
        return benodigdeScore;
    }

    public LocalDate getDatumAfname() {
        return datumAfname;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }
}
