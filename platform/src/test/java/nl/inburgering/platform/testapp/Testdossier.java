package nl.inburgering.platform.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Personal data kept through JPA: changes only inside a Persoonsverwerking. */
@Entity
@Table(name = "testdossier")
public class Testdossier {

    @Id
    private String bsn;
    private String notitie;

    protected Testdossier() {
    }

    Testdossier(String bsn, String notitie) {
        this.bsn = bsn;
        this.notitie = notitie;
    }

    void noteer(String notitie) {
        this.notitie = notitie;
    }

    public String getNotitie() {
        return notitie;
    }
}
