package nl.inburgering.duo.pip.domain;

/** DUO's NiveauPip (M2M PIP API): the minimum level of all examenonderdelen; the wire value is the name. */
public enum Niveau {
    A2, B1
}
