package nl.inburgering.gemeente.overdracht.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import nl.inburgering.gemeente.overdracht.domain.OvergedragenInspanning;

/** One instelling's stand of the inspanning as the old gemeente handed it over (#19). */
@Embeddable
public class OvergedragenInspanningEmbeddable {

    @Column(nullable = false)
    private String instellingsnummer;
    @Column(nullable = false)
    private String leerroute;
    @Column(nullable = false)
    private LocalDate peildatum;
    private LocalDate startdatumOnderwijs;
    private int urenAangeboden;
    private int urenAanwezig;
    private int urenOngeoorloofdVerzuim;
    private boolean taalschakeltrajectAfgerond;
    private String actualisatiemoment;

    protected OvergedragenInspanningEmbeddable() {
    }

    OvergedragenInspanningEmbeddable(OvergedragenInspanning i) {
        this.instellingsnummer = i.instellingsnummer();
        this.leerroute = i.leerroute();
        this.peildatum = i.peildatum();
        this.startdatumOnderwijs = i.startdatumOnderwijs();
        this.urenAangeboden = i.urenAangeboden();
        this.urenAanwezig = i.urenAanwezig();
        this.urenOngeoorloofdVerzuim = i.urenOngeoorloofdVerzuim();
        this.taalschakeltrajectAfgerond = i.taalschakeltrajectAfgerond();
        this.actualisatiemoment = i.actualisatiemoment();
    }

    OvergedragenInspanning alsInspanning() {
        return new OvergedragenInspanning(instellingsnummer, leerroute, peildatum, startdatumOnderwijs,
                urenAangeboden, urenAanwezig, urenOngeoorloofdVerzuim, taalschakeltrajectAfgerond, actualisatiemoment);
    }
}
