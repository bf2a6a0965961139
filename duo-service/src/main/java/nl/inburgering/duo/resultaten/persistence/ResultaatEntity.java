package nl.inburgering.duo.resultaten.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Registratie;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The result of one onderdeel DUO registered for a person, whichever way it came (#17 or M2M). */
@Entity
@Table(name = "resultaat")
@IdClass(ResultaatEntity.Sleutel.class)
public class ResultaatEntity extends NieuweEntiteit<ResultaatEntity.Sleutel> {

    public static class Sleutel implements Serializable {
        private String bsn;
        private Onderdeel onderdeel;

        protected Sleutel() {
        }

        public Sleutel(String bsn, Onderdeel onderdeel) {
            this.bsn = bsn;
            this.onderdeel = onderdeel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(bsn, s.bsn) && onderdeel == s.onderdeel;
        }

        @Override
        public int hashCode() {
            return Objects.hash(bsn, onderdeel);
        }
    }

    @Id
    private String bsn;
    @Id
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
    private Instant geregistreerdOp;

    protected ResultaatEntity() {
    }

    public ResultaatEntity(String bsn, Onderdeel onderdeel) {
        this.bsn = bsn;
        this.onderdeel = onderdeel;
    }

    /** Replaces the whole onderdeel with the delivery (DUO's PUT semantics). */
    public void vervang(Resultaat resultaat, String gemeentecode, Kanaal kanaal, Instant nu) {
        this.datum = resultaat.datum();
        this.verwijtbaar = resultaat.verwijtbaar();
        this.gemeentecode = gemeentecode;
        this.kanaal = kanaal;
        this.geregistreerdOp = nu;
    }

    public Registratie alsRegistratie() {
        return new Registratie(onderdeel, datum, verwijtbaar, gemeentecode);
    }

    public String getBsn() {
        return bsn;
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

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Kanaal getKanaal() {
        return kanaal;
    }

    @Override
    public ResultaatEntity.Sleutel getId() {
        return new Sleutel(bsn, onderdeel);
    }
}
