package nl.inburgering.platform.testapp;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.outbox.UitgaandeVertaling;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** Use cases of the test service that keep a dossier through JPA: with the template, and one that bypasses it. */
@Service
public class DossierGebruik {

    public static final Verwerkingsactiviteit NOTEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/test-dossier-noteren", "Testdossier noteren");

    /** A domain event of the test service, past tense, without Avro; the translation below makes the contract. */
    public record TestpersoonIngeschreven(Bsn bsn, String gemeentecode, LocalDate datum) {
    }

    private final Persoonsverwerking verwerking;
    @PersistenceContext
    private EntityManager em;

    DossierGebruik(Persoonsverwerking verwerking) {
        this.verwerking = verwerking;
    }

    @Transactional
    public void noteer(Bsn bsn, String notitie) {
        verwerking.wijzig(NOTEREN, bsn, v -> bewaar(bsn, notitie));
    }

    @Transactional
    public void noteerEnSchrijfIn(Bsn bsn, String gemeentecode) {
        verwerking.wijzig(NOTEREN, bsn, v -> {
            bewaar(bsn, "ingeschreven in " + gemeentecode);
            v.publiceer(new TestpersoonIngeschreven(v.bsn(), gemeentecode, v.vandaag()));
        });
    }

    /** What a handler that forgets the template would do. */
    @Transactional
    public void noteerZonderSjabloon(Bsn bsn, String notitie) {
        bewaar(bsn, notitie);
    }

    @Transactional
    public boolean noteerAlsBekend(Bsn bsn, String notitie) {
        return verwerking.wijzigAlsBekend(NOTEREN, bsn, b -> em.find(Testdossier.class, b.value()) != null,
                v -> bewaar(bsn, notitie));
    }

    @Transactional
    public void telOp(String naam) {
        Testteller teller = em.find(Testteller.class, naam);
        if (teller == null) {
            teller = new Testteller(naam);
            em.persist(teller);
        }
        teller.verhoog();
    }

    @Transactional(readOnly = true)
    public String notitie(Bsn bsn) {
        Testdossier dossier = em.find(Testdossier.class, bsn.value());
        return dossier == null ? null : dossier.getNotitie();
    }

    private void bewaar(Bsn bsn, String notitie) {
        Testdossier dossier = em.find(Testdossier.class, bsn.value());
        if (dossier == null) {
            em.persist(new Testdossier(bsn.value(), notitie));
        } else {
            dossier.noteer(notitie);
        }
        em.flush();
    }

    @Component
    static class TestpersoonIngeschrevenVertaling
            implements UitgaandeVertaling<TestpersoonIngeschreven, IngezeteneIngeschreven> {

        @Override
        public IngezeteneIngeschreven vertaal(TestpersoonIngeschreven event) {
            return IngezeteneIngeschreven.newBuilder(
                    PlatformTestApplication.inschrijving(event.bsn().value(), event.gemeentecode()))
                    .setDatumInschrijving(event.datum()).build();
        }
    }
}
