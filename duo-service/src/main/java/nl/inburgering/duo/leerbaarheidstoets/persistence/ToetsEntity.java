package nl.inburgering.duo.leerbaarheidstoets.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.inburgering.duo.leerbaarheidstoets.domain.Leerbaarheidstoetsresultaat;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.duo.leerbaarheidstoets.domain.Toetsstatus;
import nl.inburgering.duo.leerbaarheidstoets.domain.Uitkomst;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * A leerbaarheidstoets DUO set ready (seed §3.2, §4.2), with everything after the klaarzetten: its examennummer,
 * the verklaring of the toetsbegeleider, the uitslag and the delivered uitkomst.
 */
@Entity(name = "Toets")
@Table(name = "leerbaarheidstoets")
public class ToetsEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Toetsstatus status;
    @Column(nullable = false)
    private Instant klaargezetOp;
    @Column(nullable = false)
    private String examennummer;
    private boolean herkansing;
    private String gemeentecode;
    private Boolean ordentelijkVerloop;
    private String verklaardDoor;
    private Instant verklaardOp;
    private String toelichting;
    private LocalDate datumAfname;
    private String behaaldeScore;
    private Instant uitslagOntvangenOp;
    @Enumerated(EnumType.STRING)
    private Leerbaarheidstoetsresultaat resultaat;
    private String benodigdeScore;
    private Instant uitkomstGeleverdOp;
    private Instant gewijzigdOp;

    protected ToetsEntity() {
    }

    /** The first toets, set ready when DUO finds the person plichtig; its gemeente follows with the #3 delivery. */
    public static ToetsEntity klaargezet(String bsn, String examennummer, Instant op) {
        ToetsEntity toets = new ToetsEntity();
        toets.id = UUID.randomUUID();
        toets.bsn = bsn;
        toets.status = Toetsstatus.KLAARGEZET;
        toets.klaargezetOp = op;
        toets.examennummer = examennummer;
        toets.gewijzigdOp = op;
        return toets;
    }

    /** A new toets after a negatieve verklaring ordentelijk verloop, for the gemeente of the verklaring. */
    public static ToetsEntity herkansing(String bsn, String examennummer, String gemeentecode, Instant op) {
        ToetsEntity toets = klaargezet(bsn, examennummer, op);
        toets.herkansing = true;
        toets.gemeentecode = gemeentecode;
        return toets;
    }

    public void gemeldAan(String gemeentecode, Instant op) {
        this.gemeentecode = gemeentecode;
        this.gewijzigdOp = op;
    }

    /** Negatieve verklaring ordentelijk verloop: this toets counts for nothing, whatever its uitslag. */
    public void ongeldig(String gemeentecode, String toelichting, Instant op) {
        verklaard(false, gemeentecode, toelichting, op);
        this.status = Toetsstatus.ONGELDIG;
    }

    public void ordentelijkVerlopen(String gemeentecode, String toelichting, Instant op) {
        verklaard(true, gemeentecode, toelichting, op);
        this.status = Toetsstatus.AFGENOMEN;
    }

    public void uitslag(LocalDate datumAfname, Optional<Score> behaaldeScore, Instant op) {
        this.datumAfname = datumAfname;
        this.behaaldeScore = behaaldeScore.map(Score::tekst).orElse(null);
        this.uitslagOntvangenOp = op;
        this.status = Toetsstatus.AFGENOMEN;
        this.gewijzigdOp = op;
    }

    public void afgerond(Uitkomst uitkomst, Instant op) {
        this.resultaat = uitkomst.resultaat();
        this.benodigdeScore = uitkomst.benodigdeScore().tekst();
        this.uitkomstGeleverdOp = op;
        this.status = Toetsstatus.AFGEROND;
        this.gewijzigdOp = op;
    }

    public void overgeslagen(Instant op) {
        this.status = Toetsstatus.OVERGESLAGEN;
        this.gewijzigdOp = op;
    }

    private void verklaard(boolean ordentelijk, String gemeentecode, String toelichting, Instant op) {
        this.ordentelijkVerloop = ordentelijk;
        this.verklaardDoor = gemeentecode;
        this.toelichting = toelichting;
        this.verklaardOp = op;
        this.gewijzigdOp = op;
    }

    public boolean isVerklaard() {
        return ordentelijkVerloop != null;
    }

    public boolean heeftUitslag() {
        return uitslagOntvangenOp != null;
    }

    /** Both halves are in: the toetsbegeleider declared an ordentelijk verloop and the uitslag is known. */
    public boolean isGereedVoorUitkomst() {
        return status == Toetsstatus.AFGENOMEN && Boolean.TRUE.equals(ordentelijkVerloop) && heeftUitslag();
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public Toetsstatus getStatus() {
        return status;
    }

    public Instant getKlaargezetOp() {
        return klaargezetOp;
    }

    public String getExamennummer() {
        return examennummer;
    }

    public boolean isHerkansing() {
        return herkansing;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public String getVerklaardDoor() {
        return verklaardDoor;
    }

    public LocalDate getDatumAfname() {
        return datumAfname;
    }

    public Optional<Score> behaaldeScore() {
        return Optional.ofNullable(behaaldeScore).map(Score::new);
    }

    public Leerbaarheidstoetsresultaat getResultaat() {
        return resultaat;
    }

    public String getBenodigdeScore() {
        return benodigdeScore;
    }

    public Instant getUitkomstGeleverdOp() {
        return uitkomstGeleverdOp;
    }
}
