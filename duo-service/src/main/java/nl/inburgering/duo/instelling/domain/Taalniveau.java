package nl.inburgering.duo.instelling.domain;

public enum Taalniveau { A2, B1, B2 }
