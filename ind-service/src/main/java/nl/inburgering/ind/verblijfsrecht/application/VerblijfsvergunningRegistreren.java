package nl.inburgering.ind.verblijfsrecht.application;

import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsvergunning;

/** Command: IND registers a granted verblijfsrecht. */
public record VerblijfsvergunningRegistreren(Verblijfsvergunning vergunning) {
}
