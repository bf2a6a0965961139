package nl.inburgering.gemeente.resultaten.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import nl.inburgering.gemeente.resultaten.domain.Herkomst;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.gemeente.resultaten.domain.Resultaat;
import nl.inburgering.gemeente.resultaten.domain.Resultaatstatus;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * The last result of one onderdeel of a person in a gemeente, as the gemeente delivered it (or as DUO answered about
 * one delivered elsewhere), with DUO's answer. A new delivery replaces it, as DUO's registration is replaced.
 */
@Entity
@Table(name = "leerroute_resultaat")
public class ResultaatEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    private String gemeentecode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Onderdeel onderdeel;
    private LocalDate datum;
    private Boolean verwijtbaar;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Herkomst herkomst;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Resultaatstatus status;
    private Instant verzondenOp;
    private LocalDate datumRegistratie;
    private LocalDate datumAfwijzing;
    private Instant beantwoordOp;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "leerroute_resultaat_afwijzingsreden", joinColumns = @JoinColumn(name = "resultaat_id"))
    @OrderColumn(name = "volgorde")
    private List<AfwijzingsredenEmbeddable> afwijzingsredenen = new ArrayList<>();

    protected ResultaatEntity() {
    }

    public ResultaatEntity(String bsn, String gemeentecode, Onderdeel onderdeel) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.onderdeel = onderdeel;
    }

    /** The caseworker recorded it; it is on its way to DUO. */
    public void verzonden(Resultaat resultaat, Instant nu) {
        this.datum = resultaat.datum();
        this.verwijtbaar = resultaat.verwijtbaar();
        this.herkomst = Herkomst.DEZE_DIENST;
        this.status = Resultaatstatus.VERZONDEN;
        this.verzondenOp = nu;
        this.datumRegistratie = null;
        this.datumAfwijzing = null;
        this.beantwoordOp = null;
        this.afwijzingsredenen.clear();
    }

    /** DUO answered about a delivery this record does not hold: the answer's delivery replaces it. */
    public void bijDuoGeleverd(LocalDate geleverdeDatum, Boolean geleverdVerwijtbaar, Herkomst bron) {
        this.datum = geleverdeDatum;
        this.verwijtbaar = geleverdVerwijtbaar;
        this.herkomst = bron;
        this.verzondenOp = null;
    }

    public void geregistreerd(boolean ingetrokken, LocalDate datumAntwoord, Instant nu) {
        this.status = ingetrokken ? Resultaatstatus.INGETROKKEN : Resultaatstatus.GEREGISTREERD;
        this.datumRegistratie = datumAntwoord;
        this.datumAfwijzing = null;
        this.afwijzingsredenen.clear();
        this.beantwoordOp = nu;
    }

    public void afgewezen(List<AfwijzingsredenEmbeddable> redenen, LocalDate datumAntwoord, Instant nu) {
        this.status = Resultaatstatus.AFGEWEZEN;
        this.datumAfwijzing = datumAntwoord;
        this.datumRegistratie = null;
        this.afwijzingsredenen.clear();
        this.afwijzingsredenen.addAll(redenen);
        this.beantwoordOp = nu;
    }

    /** Whether this record holds exactly this delivery (the same datum and verwijtbaar). */
    public boolean betreft(LocalDate geleverdeDatum, Boolean geleverdVerwijtbaar) {
        return java.util.Objects.equals(datum, geleverdeDatum)
                && java.util.Objects.equals(verwijtbaar, geleverdVerwijtbaar);
    }

    @Override

    public UUID getId() {
        return id;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Boolean getVerwijtbaar() {
        return verwijtbaar;
    }

    public Herkomst getHerkomst() {
        return herkomst;
    }

    public Resultaatstatus getStatus() {
        return status;
    }

    public Instant getVerzondenOp() {
        return verzondenOp;
    }

    public LocalDate getDatumRegistratie() {
        return datumRegistratie;
    }

    public LocalDate getDatumAfwijzing() {
        return datumAfwijzing;
    }

    public Instant getBeantwoordOp() {
        return beantwoordOp;
    }

    public List<AfwijzingsredenEmbeddable> getAfwijzingsredenen() {
        return List.copyOf(afwijzingsredenen);
    }
}
