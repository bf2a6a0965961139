package nl.inburgering.duo.examen.application;

/** The configured number of gratis pogingen per examenonderdeel ({@code keten.duo.examen.*}, decision 0022). */
public record GratisPogingen(int perOnderdeel) {

    public GratisPogingen {
        if (perOnderdeel < 0 || perOnderdeel > 99) {
            throw new IllegalArgumentException("gratis pogingen per onderdeel: 0 tot en met 99");
        }
    }
}
