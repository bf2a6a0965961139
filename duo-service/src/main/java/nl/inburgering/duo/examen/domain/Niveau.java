package nl.inburgering.duo.examen.domain;

/** ExamenniveauWI2021 of DUO's Examen API. */
public enum Niveau { A2, B1, B2 }
