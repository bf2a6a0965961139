package nl.inburgering.gemeente.inburgeraar.persistence;

import jakarta.persistence.EntityManager;

/** The fragment of {@link InburgeraarRepository} that persists (Spring Data finds it by its name). */
class InburgeraarOpnemenImpl implements InburgeraarOpnemen {

    private final EntityManager em;

    InburgeraarOpnemenImpl(EntityManager em) {
        this.em = em;
    }

    @Override
    public InburgeraarEntity neemOp(InburgeraarEntity nieuw) {
        em.persist(nieuw);
        return nieuw;
    }
}
