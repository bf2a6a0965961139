package nl.inburgering.platform.jpa;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

/**
 * An entity whose id the application assigns (a UUID, a BSN, a composite key), and that Spring Data's {@code save}
 * therefore could not tell new from known: without it {@code save} calls {@code merge}, which SELECTs the row before
 * every INSERT (issue 17, decision 0045). An entity constructed by the application is new and is persisted in one
 * INSERT; one loaded from the database, or once persisted, is not and is merged (updated) as before. So
 * {@code save(new X(id, ...))} for an id that already has a row is a mistake that now fails with a duplicate key: load
 * the row and change it instead.
 *
 * @param <ID> the type of the entity's id ({@code UUID}, {@code String}, its {@code @IdClass})
 */
@MappedSuperclass
public abstract class NieuweEntiteit<ID> implements Persistable<ID> {

    @Transient
    private transient boolean nieuw = true;

    @Override
    public boolean isNew() {
        return nieuw;
    }

    @PostLoad
    @PostPersist
    void nietMeerNieuw() {
        this.nieuw = false;
    }
}
