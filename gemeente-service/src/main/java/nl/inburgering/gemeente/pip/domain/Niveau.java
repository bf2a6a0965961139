package nl.inburgering.gemeente.pip.domain;

/** The taalniveau agreed in the PIP; DUO registers B1 when the gemeente gives none on the B1- or onderwijsroute. */
public enum Niveau {
    A2, B1
}
