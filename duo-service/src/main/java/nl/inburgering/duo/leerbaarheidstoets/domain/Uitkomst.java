package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.util.Optional;

/**
 * The uitkomst of a leerbaarheidstoets as DUO delivers it (#6).
 *
 * @param behaaldeScore empty when the toets gave no score
 * @param benodigdeScore the threshold the uitkomst was decided with
 */
public record Uitkomst(Leerbaarheidstoetsresultaat resultaat, Optional<Score> behaaldeScore, Score benodigdeScore) {
}
