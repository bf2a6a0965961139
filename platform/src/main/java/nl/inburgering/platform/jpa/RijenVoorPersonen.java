package nl.inburgering.platform.jpa;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.NoRepositoryBean;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A repository that reads the rows of some persons in one gemeente (a page of the werkvoorraad, the one person of a
 * search) with the persons bound as one array, so the SQL text is the same for any number of them (decision 0051).
 * Each repository overrides {@link #voorPersonen(String, String[])} with its own native
 * {@code @Query("select * from <table> where gemeentecode = :gemeentecode and bsn = any(:bsns)")}; callers pass their
 * {@code Bsn}s to {@link #voorPersonen(String, Collection)}, which turns them into that array here, once.
 *
 * <p>Not a Spring Data {@code Repository} itself: {@code @NoRepositoryBean} keeps Spring Data from looking for a
 * {@code RijenVoorPersonenImpl} fragment for it in every repository that extends it.
 *
 * @param <T> what a row is read as (the table's entity)
 */
@NoRepositoryBean
public interface RijenVoorPersonen<T> {

    /** The rows of these BSNs in this gemeente, in no order; the query is the repository's own. */
    List<T> voorPersonen(String gemeentecode, String[] bsns);

    /** The rows of these persons in this gemeente, in no order. */
    default List<T> voorPersonen(String gemeentecode, Collection<Bsn> personen) {
        return voorPersonen(gemeentecode, personen.stream().map(Bsn::value).toArray(String[]::new));
    }
}
