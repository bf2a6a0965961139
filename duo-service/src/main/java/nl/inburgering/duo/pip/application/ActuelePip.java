package nl.inburgering.duo.pip.application;

import nl.inburgering.duo.pip.domain.Pip;

/** The PIP DUO holds as actueel for a person, with what the PIP API shows beside the domain's {@link Pip}. */
public record ActuelePip(Pip pip, boolean indicatorMagOpleidingAfmaken) {
}
