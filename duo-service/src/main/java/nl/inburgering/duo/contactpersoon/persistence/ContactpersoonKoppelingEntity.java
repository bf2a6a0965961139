package nl.inburgering.duo.contactpersoon.persistence;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import nl.inburgering.platform.jpa.NieuweEntiteit;

/** The contactpersoon a gemeente named for one of its inburgeringsplichtigen: one per person and gemeente. */
@Entity
@Table(name = "contactpersoon_koppeling")
@IdClass(ContactpersoonKoppelingEntity.Sleutel.class)
public class ContactpersoonKoppelingEntity extends NieuweEntiteit<ContactpersoonKoppelingEntity.Sleutel> {

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
    private Integer contactpersoonId;
    @Column(nullable = false)
    private Instant gekoppeldOp;

    protected ContactpersoonKoppelingEntity() {
    }

    public ContactpersoonKoppelingEntity(String bsn, String gemeentecode, int contactpersoonId, Instant op) {
        this.bsn = bsn;
        this.gemeentecode = gemeentecode;
        koppel(contactpersoonId, op);
    }

    /** Overwrites the koppeling with another contactpersoon (README: Koppelen van een Contactpersoon). */
    public void koppel(int contactpersoonId, Instant op) {
        this.contactpersoonId = contactpersoonId;
        this.gekoppeldOp = op;
    }

    public String getBsn() {
        return bsn;
    }

    public Integer getContactpersoonId() {
        return contactpersoonId;
    }

    @Override
    public ContactpersoonKoppelingEntity.Sleutel getId() {
        return new Sleutel(bsn, gemeentecode);
    }
}
