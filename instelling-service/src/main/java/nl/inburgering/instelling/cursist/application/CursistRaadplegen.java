package nl.inburgering.instelling.cursist.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.cursist.persistence.CursistEntity;
import nl.inburgering.instelling.cursist.persistence.CursistRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/** The medewerker's reads of cursisten, always within one instelling, each person read recorded in the Logboek. */
@Service
@Transactional(readOnly = true)
public class CursistRaadplegen {

    static final Verwerkingsactiviteit LIJST = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/cursisten-raadplegen",
            "Cursisten van de instelling raadplegen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/cursist-raadplegen",
            "Een cursist raadplegen");

    private final CursistRepository cursisten;
    private final EigenCursist eigen;
    private final Persoonsverwerking verwerking;

    CursistRaadplegen(CursistRepository cursisten, EigenCursist eigen,
            Persoonsverwerking verwerking) {
        this.cursisten = cursisten;
        this.eigen = eigen;
        this.verwerking = verwerking;
    }

    /** Newest inschrijving first. */
    public Page<Cursist> lijst(String instellingsnummer, int pagina, int paginaGrootte) {
        PageRequest pageRequest = PageRequest.of(pagina - 1, paginaGrootte,
                Sort.by(Sort.Direction.DESC, "ingeschrevenOp").and(Sort.by("id")));
        var page = cursisten.findByInstellingsnummer(instellingsnummer, pageRequest);
        List<Cursist> gelezen = verwerking.raadpleegLijst(LIJST,
                () -> page.getContent().stream().map(CursistEntity::alsCursist).toList(), Cursist::bsn);
        return new PageImpl<>(gelezen, pageRequest, page.getTotalElements());
    }

    /** Another instelling's cursist answers 404 like one that does not exist. */
    public Cursist een(String instellingsnummer, UUID id) {
        Cursist cursist = eigen.vind(instellingsnummer, id);
        verwerking.raadpleegd(RAADPLEGEN, List.of(cursist.bsn()));
        return cursist;
    }
}
