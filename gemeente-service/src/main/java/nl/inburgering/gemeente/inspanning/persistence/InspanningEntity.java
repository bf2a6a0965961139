package nl.inburgering.gemeente.inspanning.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A stand of the inspanning an instelling reported (#18), and whether the gemeente forwarded it to DUO. */
@Entity
@Table(name = "inspanning")
public class InspanningEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long volgnummer;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String leerroute;
    @Column(nullable = false)
    private LocalDate peildatum;
    @Column(nullable = false)
    private LocalDate startdatumOnderwijs;
    private int urenAangeboden;
    private int urenAanwezig;
    private int urenOngeoorloofdVerzuim;
    private boolean taalschakeltrajectAfgerond;
    private LocalDate datumAfrondingTaalschakeltraject;
    @Column(nullable = false)
    private String actualisatiemoment;
    @Column(nullable = false)
    private Instant ontvangenOp;
    private Instant doorgegevenOp;

    protected InspanningEntity() {
    }

    public InspanningEntity(String bsn, String gemeentecode, Inspanningsstand stand, Instant ontvangenOp,
            Instant doorgegevenOp) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.instellingsnummer = stand.instellingsnummer();
        this.leerroute = stand.leerroute();
        this.peildatum = stand.peildatum();
        this.startdatumOnderwijs = stand.startdatumOnderwijs();
        this.urenAangeboden = stand.urenAangeboden();
        this.urenAanwezig = stand.urenAanwezig();
        this.urenOngeoorloofdVerzuim = stand.urenOngeoorloofdVerzuim();
        this.taalschakeltrajectAfgerond = stand.taalschakeltrajectAfgerond();
        this.datumAfrondingTaalschakeltraject = stand.datumAfrondingTaalschakeltraject();
        this.actualisatiemoment = stand.actualisatiemoment();
        this.ontvangenOp = ontvangenOp;
        this.doorgegevenOp = doorgegevenOp;
    }

    public Inspanningsstand stand() {
        return new Inspanningsstand(instellingsnummer, leerroute, peildatum, startdatumOnderwijs, urenAangeboden,
                urenAanwezig, urenOngeoorloofdVerzuim, taalschakeltrajectAfgerond, datumAfrondingTaalschakeltraject,
                actualisatiemoment);
    }

    public String getBsn() {
        return bsn;
    }

    public Long getVolgnummer() {
        return volgnummer;
    }

    public String getInstellingsnummer() {
        return instellingsnummer;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public Instant getOntvangenOp() {
        return ontvangenOp;
    }

    public Instant getDoorgegevenOp() {
        return doorgegevenOp;
    }

    /** The gemeente delivered this stand to DUO (again) at {@code moment}. */
    public void doorgegeven(Instant moment) {
        this.doorgegevenOp = moment;
    }

    @Override
    public UUID getId() {
        return id;
    }
}
