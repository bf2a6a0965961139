package nl.inburgering.gemeente.inburgeraar.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/**
 * The caseworker's reads of inburgeraars, always within one gemeente, each one recorded in the Logboek
 * dataverwerkingen: one record per person whose data is shown.
 */
@Service
@Transactional(readOnly = true)
public class InburgeraarRaadplegen {

    static final Verwerkingsactiviteit WERKVOORRAAD = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/werkvoorraad-raadplegen",
            "Werkvoorraad inburgeraars raadplegen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeraar-raadplegen",
            "Een inburgeraar raadplegen");

    private final InburgeraarRepository inburgeraars;
    private final Logboek logboek;

    InburgeraarRaadplegen(InburgeraarRepository inburgeraars, Logboek logboek) {
        this.inburgeraars = inburgeraars;
        this.logboek = logboek;
    }

    public Page<InburgeraarEntity> werkvoorraad(String gemeentecode, int pagina, int paginaGrootte) {
        Page<InburgeraarEntity> page = inburgeraars.findByGemeentecode(gemeentecode,
                PageRequest.of(pagina - 1, paginaGrootte, Sort.by(Sort.Direction.DESC, "ontvangenOp")));
        logboek.leg(WERKVOORRAAD, page.map(InburgeraarEntity::getBsn).toList());
        return page;
    }

    /** A person of another gemeente is not found, exactly like one that does not exist. */
    public List<InburgeraarEntity> zoek(String gemeentecode, String bsn) {
        List<InburgeraarEntity> gevonden = inburgeraars.findById(bsn)
                .filter(inburgeraar -> inburgeraar.getGemeentecode().equals(gemeentecode)).stream().toList();
        gevonden.forEach(inburgeraar -> logboek.leg(RAADPLEGEN, inburgeraar.getBsn()));
        return gevonden;
    }

    public Optional<InburgeraarEntity> opId(String gemeentecode, UUID id) {
        Optional<InburgeraarEntity> gevonden = inburgeraars.findByIdAndGemeentecode(id, gemeentecode);
        gevonden.ifPresent(inburgeraar -> logboek.leg(RAADPLEGEN, inburgeraar.getBsn()));
        return gevonden;
    }
}
