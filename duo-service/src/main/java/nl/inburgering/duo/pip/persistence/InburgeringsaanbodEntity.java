package nl.inburgering.duo.pip.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Inburgeringsaanbod;

/** The registered inburgeringsaanbod of a person at one instelling; a new delivery overwrites it. */
@Entity
@Table(name = "inburgeringsaanbod")
public class InburgeringsaanbodEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String gemeentecode;
    private LocalDate datumInburgeringsaanbod;
    private LocalDate verwachteStartdatumOpleiding;
    private LocalDate verwachteEinddatumOpleiding;
    @Enumerated(EnumType.STRING)
    private Alfabetisering alfabetisering;
    @Column(nullable = false)
    private LocalDate geregistreerdOp;

    protected InburgeringsaanbodEntity() {
    }

    public InburgeringsaanbodEntity(String bsn, String instellingsnummer) {
        this.bsn = bsn;
        this.instellingsnummer = instellingsnummer;
    }

    /** Overwrites the previous registration at this instelling with the new delivery. */
    public void registreer(Inburgeringsaanbod aanbod, String gemeentecode, LocalDate op) {
        this.gemeentecode = gemeentecode;
        this.datumInburgeringsaanbod = aanbod.datumInburgeringsaanbod();
        this.verwachteStartdatumOpleiding = aanbod.verwachteStartdatumOpleiding();
        this.verwachteEinddatumOpleiding = aanbod.verwachteEinddatumOpleiding();
        this.alfabetisering = aanbod.indicatorAlfabetiseringsonderwijs();
        this.geregistreerdOp = op;
    }

    /** Whether the delivery says nothing new for this instelling (the same delivery again). */
    public boolean isGelijkAan(Inburgeringsaanbod aanbod, String gemeentecode) {
        return gemeentecode.equals(this.gemeentecode)
                && java.util.Objects.equals(datumInburgeringsaanbod, aanbod.datumInburgeringsaanbod())
                && java.util.Objects.equals(verwachteStartdatumOpleiding, aanbod.verwachteStartdatumOpleiding())
                && java.util.Objects.equals(verwachteEinddatumOpleiding, aanbod.verwachteEinddatumOpleiding())
                && alfabetisering == aanbod.indicatorAlfabetiseringsonderwijs();
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getDatumInburgeringsaanbod() {
        return datumInburgeringsaanbod;
    }

    public LocalDate getVerwachteStartdatumOpleiding() {
        return verwachteStartdatumOpleiding;
    }

    public LocalDate getVerwachteEinddatumOpleiding() {
        return verwachteEinddatumOpleiding;
    }

    public Alfabetisering getAlfabetisering() {
        return alfabetisering;
    }
}
