package nl.inburgering.ind.verblijfsrecht.persistence;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsrechtwijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.jpa.NieuweEntiteit;

@Entity
@Table(name = "verblijfsvergunning")
public class VerblijfsvergunningEntity extends NieuweEntiteit<String> {

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
    /** How the verblijfsrecht ended (VERBLIJFSRECHT_BEEINDIGD, GENATURALISEERD); null while it stands. */
    @Enumerated(EnumType.STRING)
    private SoortWijziging beeindigdDoor;

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

    /**
     * A change took effect: the vergunning holds the current doel since its ingangsdatum, or that it ended (the
     * history is in {@link VerblijfsrechtwijzigingEntity}).
     */
    public void gewijzigd(Verblijfsrechtwijziging wijziging) {
        if (wijziging.soort().beeindigt()) {
            this.beeindigdDoor = wijziging.soort();
        } else {
            this.verblijfsdoel = wijziging.nieuwVerblijfsdoel();
            this.referentIsAsielstatushouder = wijziging.referentIsAsielstatushouder();
            this.ingangsdatum = wijziging.ingangsdatum();
            if (wijziging.nieuwVerblijfsdoel() != Verblijfsdoel.ASIEL) {
                this.opvangInCoaLocatie = null;
            }
        }
    }

    public Optional<SoortWijziging> beeindigdDoor() {
        return Optional.ofNullable(beeindigdDoor);
    }

    public String getVNummer() {
        return vNummer;
    }

    public boolean isVerblijfsdoelGeleverd() {
        return verblijfsdoelGeleverdOp != null;
    }

    public void verblijfsdoelGeleverd(Instant op) {
        this.verblijfsdoelGeleverdOp = op;
    }

    @Override
    public String getId() {
        return vNummer;
    }
}
