package nl.inburgering.duo.uren.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.inburgering.duo.uren.domain.Urensoort;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The cumulative stand of a person's gevolgde uren as one gemeente reported it. */
@Entity
@Table(name = "gevolgde_uren")
@IdClass(GevolgdeUrenEntity.Sleutel.class)
public class GevolgdeUrenEntity extends NieuweEntiteit<GevolgdeUrenEntity.Sleutel> {

    public static class Sleutel implements Serializable {
        private String bsn;
        private String gemeentecode;

        protected Sleutel() {
        }

        public Sleutel(String bsn, String gemeentecode) {
            this.bsn = bsn;
            this.gemeentecode = gemeentecode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Sleutel s && Objects.equals(bsn, s.bsn) && Objects.equals(gemeentecode, s.gemeentecode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bsn, gemeentecode);
        }
    }

    @Id
    private String bsn;
    @Id
    private String gemeentecode;
    @Column(nullable = false)
    private LocalDate peildatum;
    private Integer urenTaallesEnKnmBredeIntake;
    private Integer urenParticipatieactiviteitenBredeIntake;
    private Integer urenParticipatieAlsTaalles;
    private Integer urenParticipatieZroute;
    private String actualisatiemoment;
    @Column(nullable = false)
    private Instant bijgewerktOp;

    protected GevolgdeUrenEntity() {
    }

    public GevolgdeUrenEntity(String bsn, String gemeentecode, LocalDate peildatum) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        this.peildatum = peildatum;
    }

    /** Sets the given counts as of {@code peildatum}; counts not given keep their value. */
    public void stand(LocalDate peildatum, Map<Urensoort, Integer> uren, String actualisatiemoment, Instant op) {
        this.peildatum = peildatum;
        uren.forEach((soort, aantal) -> {
            switch (soort) {
                case TAALLES_EN_KNM_BREDE_INTAKE -> urenTaallesEnKnmBredeIntake = aantal;
                case PARTICIPATIEACTIVITEITEN_BREDE_INTAKE -> urenParticipatieactiviteitenBredeIntake = aantal;
                case PARTICIPATIE_ALS_TAALLES -> urenParticipatieAlsTaalles = aantal;
                case PARTICIPATIE_ZROUTE -> urenParticipatieZroute = aantal;
                default -> throw new IllegalArgumentException(Objects.toString(soort));
            }
        });
        this.actualisatiemoment = actualisatiemoment;
        this.bijgewerktOp = op;
    }

    public String getBsn() {
        return bsn;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public Integer getUrenTaallesEnKnmBredeIntake() {
        return urenTaallesEnKnmBredeIntake;
    }

    public Integer getUrenParticipatieactiviteitenBredeIntake() {
        return urenParticipatieactiviteitenBredeIntake;
    }

    public Integer getUrenParticipatieAlsTaalles() {
        return urenParticipatieAlsTaalles;
    }

    public Integer getUrenParticipatieZroute() {
        return urenParticipatieZroute;
    }

    public String getActualisatiemoment() {
        return actualisatiemoment;
    }

    @Override
    public GevolgdeUrenEntity.Sleutel getId() {
        return new Sleutel(bsn, gemeentecode);
    }
}
