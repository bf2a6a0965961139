package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossierlijst;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.Plichtbesluit;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.dossier.persistence.PlichthistorieRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The core's {@link Dossiers}: read records of its own tables, for the verwerkingen of other features. */
@Service
@Transactional(readOnly = true)
class DossierRaadplegen implements Dossiers, Dossierlijst {

    private final InburgeringsplichtRepository plichten;
    private final PlichthistorieRepository historie;
    private final InburgeringsplichtPolicy policy;

    DossierRaadplegen(InburgeringsplichtRepository plichten, PlichthistorieRepository historie,
            InburgeringsplichtPolicy policy) {
        this.plichten = plichten;
        this.historie = historie;
        this.policy = policy;
    }

    @Override
    public java.util.Map<String, Long> aantalPerStatus() {
        java.util.Map<String, Long> perStatus = new java.util.TreeMap<>();
        for (Object[] rij : plichten.aantalPerStatus()) {
            perStatus.put((String) rij[0], ((Number) rij[1]).longValue());
        }
        return perStatus;
    }

    @Override
    public List<Bsn> plichtigen(Optional<Bsn> na) {
        return plichten.plichtigenNa(na.map(Bsn::value).orElse("")).stream().map(Bsn::of).toList();
    }

    @Override
    public List<Dossier> metPlichtOp(LocalDate peildatum, Optional<Bsn> na, int aantal) {
        return plichten.metPlichtOp(peildatum, na.map(Bsn::value).orElse(""), aantal).stream()
                .map(DossierRaadplegen::alsDossier).toList();
    }

    @Override
    public Optional<LocalDate> aowDatum(Bsn bsn) {
        return plichten.findById(bsn.value()).map(InburgeringsplichtEntity::getGeboortedatum).map(policy::aowDatum);
    }

    @Override
    public Optional<Dossier> dossier(Bsn bsn) {
        return plichten.findById(bsn.value()).map(DossierRaadplegen::alsDossier);
    }

    @Override
    public boolean isBekend(Bsn bsn) {
        return plichten.existsById(bsn.value());
    }

    @Override
    public List<Plichtbesluit> plichthistorie(Bsn bsn) {
        return historie.findByBsnOrderById(bsn.value()).stream()
                .map(rij -> new Plichtbesluit(rij.isIndicatorInburgeringsplicht(), rij.getBegindatum(),
                        rij.getEinddatum(), rij.getWijzigingsdatum(), rij.getGedetailleerdeDoelgroep()))
                .toList();
    }

    private static Dossier alsDossier(InburgeringsplichtEntity plicht) {
        return new Dossier(Bsn.of(plicht.getBsn()), Dossier.Plichtstatus.valueOf(plicht.getStatus().name()),
                plicht.getRedenNietPlichtig(), plicht.getBegindatum(), plicht.getEinddatum(),
                plicht.getGedetailleerdeDoelgroep(),
                new Dossier.Vestiging(plicht.getGemeentecode(), plicht.getDatumVestiging(),
                        plicht.getVorigeGemeentecode()), plicht.getGewijzigdOp(),
                plicht.getVervallenOnderdelen());
    }
}
