package nl.inburgering.gemeente.pip.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OrderColumn;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;

/**
 * DUO's answer to something the gemeente delivered (a PIP, an inburgeringsaanbod): DUO either registers it or
 * rejects it with its reasons, and a later answer replaces an earlier one. The columns sit in the owner's table; the
 * owner names the table of the afwijzingsredenen with an {@code @AssociationOverride}, because each owner has its own.
 */
@Embeddable
public class Registratie {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Registratiestatus status;
    private LocalDate datumRegistratie;
    private LocalDate datumAfwijzing;
    private Instant beantwoordOp;
    @ElementCollection(fetch = FetchType.EAGER)
    @OrderColumn(name = "volgorde")
    private List<AfwijzingsredenEmbeddable> afwijzingsredenen = new ArrayList<>();

    protected Registratie() {
    }

    /** Delivered to DUO, no answer yet. */
    static Registratie verzonden() {
        Registratie r = new Registratie();
        r.status = Registratiestatus.VERZONDEN;
        return r;
    }

    void geregistreerd(LocalDate datum, Instant nu) {
        this.status = Registratiestatus.GEREGISTREERD;
        this.datumRegistratie = datum;
        this.datumAfwijzing = null;
        this.afwijzingsredenen.clear();
        this.beantwoordOp = nu;
    }

    void afgewezen(List<AfwijzingsredenEmbeddable> redenen, LocalDate datum, Instant nu) {
        this.status = Registratiestatus.AFGEWEZEN;
        this.datumAfwijzing = datum;
        this.datumRegistratie = null;
        this.afwijzingsredenen.clear();
        this.afwijzingsredenen.addAll(redenen);
        this.beantwoordOp = nu;
    }

    Registratiestatus getStatus() {
        return status;
    }

    LocalDate getDatumRegistratie() {
        return datumRegistratie;
    }

    LocalDate getDatumAfwijzing() {
        return datumAfwijzing;
    }

    Instant getBeantwoordOp() {
        return beantwoordOp;
    }

    List<AfwijzingsredenEmbeddable> getAfwijzingsredenen() {
        return List.copyOf(afwijzingsredenen);
    }
}
