package nl.inburgering.duo.resultaten.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Overtreding;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** A delivery DUO refused, kept with every reason (the answer event to the gemeente is not built yet). */
@Entity
@Table(name = "resultaat_afwijzing")
public class AfwijzingEntity extends NieuweEntiteit<UUID> {

    @Embeddable
    public static class Reden {
        @Column(nullable = false)
        private String code;
        @Column(nullable = false)
        private String omschrijving;

        protected Reden() {
        }

        Reden(Overtreding overtreding) {
            this.code = overtreding.code();
            this.omschrijving = overtreding.omschrijving();
        }

        public String getCode() {
            return code;
        }

        public String getOmschrijving() {
            return omschrijving;
        }
    }

    @Id
    private UUID id;
    @Column(nullable = false)
    private String bsn;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Onderdeel onderdeel;
    private LocalDate datum;
    private Boolean verwijtbaar;
    @Column(nullable = false)
    private String gemeentecode;
    @Column(nullable = false)
    @Enumerated(EnumType.STRING)
    private Kanaal kanaal;
    @Column(nullable = false)
    private Instant afgewezenOp;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resultaat_afwijzing_reden", joinColumns = @JoinColumn(name = "afwijzing_id"))
    @OrderColumn(name = "volgnummer")
    private List<Reden> redenen = new ArrayList<>();

    protected AfwijzingEntity() {
    }

    public AfwijzingEntity(String bsn, Resultaat resultaat, String gemeentecode, Kanaal kanaal, Instant nu,
            List<Overtreding> overtredingen) {
        this.id = UUID.randomUUID();
        this.bsn = bsn;
        this.onderdeel = resultaat.onderdeel();
        this.datum = resultaat.datum();
        this.verwijtbaar = resultaat.verwijtbaar();
        this.gemeentecode = gemeentecode;
        this.kanaal = kanaal;
        this.afgewezenOp = nu;
        overtredingen.forEach(o -> redenen.add(new Reden(o)));
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Kanaal getKanaal() {
        return kanaal;
    }

    public List<Reden> getRedenen() {
        return List.copyOf(redenen);
    }

    @Override
    public UUID getId() {
        return id;
    }
}
