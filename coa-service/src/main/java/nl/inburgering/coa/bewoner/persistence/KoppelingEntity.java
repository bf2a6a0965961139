package nl.inburgering.coa.bewoner.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.inburgering.coa.bewoner.domain.Afspraakwijze;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.platform.jpa.NieuweEntiteit;

/**
 * COA's koppeling of a bewoner to a beoogde vestigingsgemeente (#14), with what COA and that gemeente arranged: the
 * variant and the warme overdracht. A re-koppeling ends it (it stays as history) and starts a new one.
 */
@Entity
@Table(name = "koppeling")
public class KoppelingEntity extends NieuweEntiteit<UUID> {

    @Id
    private UUID id;
    @Column(nullable = false)
    private UUID bewonerId;
    @Column(nullable = false)
    private String gemeentecode;
    private String vorigeGemeentecode;
    @Column(nullable = false)
    private LocalDate datumKoppeling;
    private LocalDate verwachteDatumUitstroom;
    @Column(nullable = false)
    private Instant gekoppeldOp;
    private boolean actueel;
    private Instant beeindigdOp;
    @Column(nullable = false)
    private LocalDate afspraakUiterlijk;
    @Enumerated(EnumType.STRING)
    private Betrokkenheidsvariant afgesprokenVariant;
    @Enumerated(EnumType.STRING)
    private Afspraakwijze afspraakwijze;
    private Instant afspraakVastgelegdOp;
    private LocalDate warmeOverdrachtGepland;
    private LocalDate warmeOverdrachtGehouden;

    protected KoppelingEntity() {
    }

    public KoppelingEntity(UUID id, UUID bewonerId, String gemeentecode, String vorigeGemeentecode,
            LocalDate datumKoppeling, LocalDate verwachteDatumUitstroom, LocalDate afspraakUiterlijk,
            Instant gekoppeldOp) {
        this.id = id;
        this.bewonerId = bewonerId;
        this.gemeentecode = gemeentecode;
        this.vorigeGemeentecode = vorigeGemeentecode;
        this.datumKoppeling = datumKoppeling;
        this.verwachteDatumUitstroom = verwachteDatumUitstroom;
        this.afspraakUiterlijk = afspraakUiterlijk;
        this.gekoppeldOp = gekoppeldOp;
        this.actueel = true;
    }

    public void beeindig(Instant moment) {
        this.actueel = false;
        this.beeindigdOp = moment;
    }

    public void afspraak(Betrokkenheidsvariant variant, Afspraakwijze wijze, Instant moment) {
        this.afgesprokenVariant = variant;
        this.afspraakwijze = wijze;
        this.afspraakVastgelegdOp = moment;
    }

    public void planWarmeOverdracht(LocalDate datum) {
        this.warmeOverdrachtGepland = datum;
    }

    public void warmeOverdrachtGehouden(LocalDate datum) {
        this.warmeOverdrachtGehouden = datum;
    }

    @Override

    public UUID getId() {
        return id;
    }

    public UUID getBewonerId() {
        return bewonerId;
    }

    public String getGemeentecode() {
        return gemeentecode;
    }

    public Optional<String> getVorigeGemeentecode() {
        return Optional.ofNullable(vorigeGemeentecode);
    }

    public LocalDate getDatumKoppeling() {
        return datumKoppeling;
    }

    public Optional<LocalDate> getVerwachteDatumUitstroom() {
        return Optional.ofNullable(verwachteDatumUitstroom);
    }

    public Instant getGekoppeldOp() {
        return gekoppeldOp;
    }

    public boolean isActueel() {
        return actueel;
    }

    public Optional<Instant> getBeeindigdOp() {
        return Optional.ofNullable(beeindigdOp);
    }

    public LocalDate getAfspraakUiterlijk() {
        return afspraakUiterlijk;
    }

    public Optional<Betrokkenheidsvariant> getAfgesprokenVariant() {
        return Optional.ofNullable(afgesprokenVariant);
    }

    public Optional<Afspraakwijze> getAfspraakwijze() {
        return Optional.ofNullable(afspraakwijze);
    }

    public Optional<Instant> getAfspraakVastgelegdOp() {
        return Optional.ofNullable(afspraakVastgelegdOp);
    }

    public Optional<LocalDate> getWarmeOverdrachtGepland() {
        return Optional.ofNullable(warmeOverdrachtGepland);
    }

    public Optional<LocalDate> getWarmeOverdrachtGehouden() {
        return Optional.ofNullable(warmeOverdrachtGehouden);
    }

    /** The date #15 carries: the day it took place, or else the planned day. */
    public Optional<LocalDate> datumWarmeOverdracht() {
        return getWarmeOverdrachtGehouden().or(this::getWarmeOverdrachtGepland);
    }
}
