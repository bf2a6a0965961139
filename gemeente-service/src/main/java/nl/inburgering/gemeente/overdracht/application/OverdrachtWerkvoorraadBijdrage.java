package nl.inburgering.gemeente.overdracht.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtEntity;
import nl.inburgering.gemeente.overdracht.persistence.OverdrachtRepository;
import nl.inburgering.gemeente.pip.api.PipMomenten;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The overdracht feature's column ({@code overdracht}) and signals on the new gemeente's werkvoorraad (seed §13.2,
 * decision 0038): OVERDRACHT_GEVRAAGD while the old gemeente did not hand the dossier over; once it did,
 * PIP_VORIGE_GEMEENTE_BEOORDELEN (a PIP came with it) or BREDE_INTAKE_NA_VERHUIZING (none came), until this gemeente
 * set a PIP of its own after the overdracht arrived. Only the latest verhuizing into this gemeente counts. Two
 * queries per page (the overdrachten, and the PIP moments), and two batched ones for the inspanningen and boetes
 * of those received.
 */
@Component
class OverdrachtWerkvoorraadBijdrage implements WerkvoorraadBijdrage {

    static final String OVERDRACHT = "overdracht";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final OverdrachtRepository overdrachten;
    private final PipMomenten pipMomenten;

    OverdrachtWerkvoorraadBijdrage(OverdrachtRepository overdrachten, PipMomenten pipMomenten) {
        this.overdrachten = overdrachten;
        this.pipMomenten = pipMomenten;
    }

    @Override
    @Transactional(readOnly = true) // the inspanningen and boetes are read lazily, in batches for the whole page
    public Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns) {
        Map<String, OverdrachtEntity> laatste = overdrachten
                .voorPersonen(gemeentecode, bsns).stream()
                .collect(Collectors.toMap(OverdrachtEntity::getBsn, o -> o,
                        (a, b) -> a.getDatumVerhuizing().isAfter(b.getDatumVerhuizing()) ? a : b));
        if (laatste.isEmpty()) {
            return Map.of();
        }
        Map<Bsn, Instant> pips = pipMomenten.laatstePip(gemeentecode,
                laatste.keySet().stream().map(Bsn::of).toList());
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        laatste.forEach((bsn, o) -> {
            Map<String, Object> rij = new HashMap<>();
            rij.put(OVERDRACHT, alsKolom(o));
            rij.put(SIGNALEN, signaal(o, pips.get(Bsn.of(bsn))).stream().toList());
            kolommen.put(Bsn.of(bsn), rij);
        });
        return kolommen;
    }

    private static java.util.Optional<Signaal> signaal(OverdrachtEntity o, Instant laatstePip) {
        if (!o.isOntvangen()) {
            return java.util.Optional.of(new Signaal(Signaalsoort.OVERDRACHT_GEVRAAGD, o.getDatumVerzoek()));
        }
        if (laatstePip != null && laatstePip.isAfter(o.getOntvangenOp())) {
            return java.util.Optional.empty(); // this gemeente set a PIP of its own since
        }
        LocalDate sinds = o.getOntvangenOp().atZone(NEDERLAND).toLocalDate();
        return java.util.Optional.of(new Signaal(o.getPipDagtekening() != null
                ? Signaalsoort.PIP_VORIGE_GEMEENTE_BEOORDELEN : Signaalsoort.BREDE_INTAKE_NA_VERHUIZING, sinds));
    }

    static Map<String, Object> alsKolom(OverdrachtEntity o) {
        Map<String, Object> kolom = new LinkedHashMap<>();
        kolom.put("gemeentecodeOud", o.getGemeentecodeOud());
        kolom.put("datumVerhuizing", o.getDatumVerhuizing());
        kolom.put("datumVerzoek", o.getDatumVerzoek());
        kolom.put("status", o.isOntvangen() ? "ONTVANGEN" : "GEVRAAGD");
        if (o.isOntvangen()) {
            kolom.put("datumOverdracht", o.getDatumOverdracht());
            kolom.put("doelgroep", o.getDoelgroep());
            if (o.getPipDagtekening() != null) {
                Map<String, Object> pip = new LinkedHashMap<>();
                pip.put("dagtekening", o.getPipDagtekening());
                pip.put("leerroute", o.getPipLeerroute());
                pip.put("niveau", o.getPipNiveau());
                kolom.put("pip", pip);
            } else {
                kolom.put("pip", null);
            }
            kolom.put("datumInburgeringsaanbod", o.getDatumInburgeringsaanbod());
            kolom.put("inburgeringsaanbod", o.getAanbod());
            kolom.put("aantalInspanningen", o.getAantalInspanningen());
            kolom.put("inspanningen", o.getInspanningen());
            kolom.put("intakeresultaat", o.getIntakeresultaat());
            kolom.put("maatschappelijkeBegeleidingAfgerond", o.getMaatschappelijkeBegeleidingAfgerond());
            kolom.put("lopendeHandhavingOpInspanning", o.getLopendeHandhavingOpInspanning());
            kolom.put("boetesOpInspanning", o.getBoetesOpInspanning());
            kolom.put("contactpersoon", o.getContactpersoon());
            kolom.put("dossierverwijzing", o.getDossierverwijzing());
        }
        return kolom;
    }
}
