package nl.inburgering.gemeente.inburgeraar.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The caseworker's reads of inburgeraars, always within one gemeente, each one recorded in the Logboek
 * dataverwerkingen: one record per person whose data is shown. Each row carries what the chapters contribute
 * ({@link WerkvoorraadBijdrage}), read for the whole list at once: one or two queries per chapter, never per person.
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
    private final List<WerkvoorraadBijdrage> bijdragen;
    private final Persoonsverwerking verwerking;

    InburgeraarRaadplegen(InburgeraarRepository inburgeraars, List<WerkvoorraadBijdrage> bijdragen,
            Persoonsverwerking verwerking) {
        this.inburgeraars = inburgeraars;
        this.bijdragen = bijdragen;
        this.verwerking = verwerking;
    }

    public Page<Werkvoorraadregel> werkvoorraad(String gemeentecode, int pagina, int paginaGrootte) {
        PageRequest pageRequest = PageRequest.of(pagina - 1, paginaGrootte,
                Sort.by(Sort.Direction.DESC, "ontvangenOp"));
        Page<InburgeraarEntity> page = inburgeraars.findByGemeentecode(gemeentecode, pageRequest);
        List<Inburgeraar> gelezen = verwerking.raadpleegLijst(WERKVOORRAAD,
                () -> page.map(EigenInburgeraarOpzoeken::alsInburgeraar).toList(), Inburgeraar::bsn);
        return new PageImpl<>(regels(gemeentecode, gelezen), pageRequest, page.getTotalElements());
    }

    /** A person of another gemeente is not found, exactly like one that does not exist. */
    public List<Werkvoorraadregel> zoek(String gemeentecode, Bsn bsn) {
        List<Inburgeraar> gevonden = inburgeraars.findById(bsn.value())
                .filter(inburgeraar -> inburgeraar.getGemeentecode().equals(gemeentecode))
                .map(EigenInburgeraarOpzoeken::alsInburgeraar).stream().toList();
        gevonden.forEach(inburgeraar -> verwerking.raadpleegd(RAADPLEGEN, List.of(inburgeraar.bsn())));
        return regels(gemeentecode, gevonden);
    }

    public Optional<Werkvoorraadregel> opId(String gemeentecode, UUID id) {
        Optional<Inburgeraar> gevonden = inburgeraars.findByIdAndGemeentecode(id, gemeentecode)
                .map(EigenInburgeraarOpzoeken::alsInburgeraar);
        gevonden.ifPresent(inburgeraar -> verwerking.raadpleegd(RAADPLEGEN, List.of(inburgeraar.bsn())));
        return gevonden.map(inburgeraar -> regels(gemeentecode, List.of(inburgeraar)).get(0));
    }

    private List<Werkvoorraadregel> regels(String gemeentecode, List<Inburgeraar> lijst) {
        List<Bsn> bsns = lijst.stream().map(Inburgeraar::bsn).toList();
        Map<Bsn, Map<String, Object>> kolommen = new HashMap<>();
        if (!bsns.isEmpty()) {
            bijdragen.forEach(bijdrage -> bijdrage.voor(gemeentecode, bsns).forEach((bsn, waarden) -> kolommen
                    .computeIfAbsent(bsn, b -> new HashMap<>()).putAll(waarden)));
        }
        return lijst.stream().map(inburgeraar -> new Werkvoorraadregel(inburgeraar,
                kolommen.getOrDefault(inburgeraar.bsn(), Map.of()))).toList();
    }
}
