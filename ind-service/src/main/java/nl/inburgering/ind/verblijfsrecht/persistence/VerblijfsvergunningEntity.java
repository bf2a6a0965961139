package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.platform.bsn.Bsn;

@Entity
@Table(name = "verblijfsvergunning")
public class VerblijfsvergunningEntity {

    @Id
    private String vNummer;
    @Column(nullable = false, unique = true)
    private String bsn;
    @Column(nullable = false)
    private LocalDate geboortedatum;
    @Column(nullable = false)
    private String nationaliteit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verblijfsdoel verblijfsdoel;
    private boolean referentIsAsielstatushouder;
    /** For ASIEL: false when the person never lived in a COA location; null when unknown. */
    private Boolean opvangInCoaLocatie;
    @Column(nullable = false)
    private LocalDate ingangsdatum;
    @Column(nullable = false)
    private Instant geregistreerdOp;
    /** When Verblijfsdoelen (#1) was handed to the outbox; null while the BRP inschrijving is awaited. */
    private Instant verblijfsdoelGeleverdOp;

    protected VerblijfsvergunningEntity() {
    }

    public VerblijfsvergunningEntity(Verblijfsvergunning v, Instant geregistreerdOp) {
        this.vNummer = v.vNummer();
        this.bsn = v.bsn().value();
        this.geboortedatum = v.geboortedatum();
        this.nationaliteit = v.nationaliteit();
        this.verblijfsdoel = v.verblijfsdoel();
        this.referentIsAsielstatushouder = v.referentIsAsielstatushouder();
        this.ingangsdatum = v.ingangsdatum();
        this.opvangInCoaLocatie = v.opvangInCoaLocatie();
        this.geregistreerdOp = geregistreerdOp;
    }

    public Verblijfsvergunning alsDomein() {
        return new Verblijfsvergunning(vNummer, Bsn.of(bsn), geboortedatum, nationaliteit, verblijfsdoel,
                referentIsAsielstatushouder, ingangsdatum, opvangInCoaLocatie);
    }

    public boolean isVerblijfsdoelGeleverd() {
        return verblijfsdoelGeleverdOp != null;
    }

    public void verblijfsdoelGeleverd(Instant op) {
        this.verblijfsdoelGeleverdOp = op;
    }
}
