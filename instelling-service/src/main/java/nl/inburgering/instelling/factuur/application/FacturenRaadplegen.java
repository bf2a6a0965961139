package nl.inburgering.instelling.factuur.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.instelling.factuur.persistence.FactuurEntity;
import nl.inburgering.instelling.factuur.persistence.FactuurRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.NietGevondenException;

/** The medewerker's reads of the invoices, always within one instelling, each person read recorded in the Logboek. */
@Service
@Transactional(readOnly = true)
public class FacturenRaadplegen {

    static final Verwerkingsactiviteit LIJST = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/facturen-raadplegen",
            "Facturen van de instelling raadplegen");
    static final Verwerkingsactiviteit RAADPLEGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/instelling/factuur-raadplegen",
            "Een factuur raadplegen");

    /** Another instelling's invoice answers the same as one that does not exist. */
    public static final String ONBEKENDE_FACTUUR = "Deze factuur bestaat niet bij uw instelling.";

    private final FactuurRepository facturen;
    private final Persoonsverwerking verwerking;

    FacturenRaadplegen(FactuurRepository facturen, Persoonsverwerking verwerking) {
        this.facturen = facturen;
        this.verwerking = verwerking;
    }

    /** Newest invoice first, optionally only those with this status. */
    public Page<Factuurweergave> lijst(String instellingsnummer, Optional<Factuurstatus> status, int pagina,
            int paginaGrootte) {
        PageRequest pageRequest = PageRequest.of(pagina - 1, paginaGrootte,
                Sort.by(Sort.Direction.DESC, "ingediendOp").and(Sort.by("id")));
        Page<FactuurEntity> page = status
                .map(s -> facturen.findByInstellingsnummerAndStatus(instellingsnummer, s, pageRequest))
                .orElseGet(() -> facturen.findByInstellingsnummer(instellingsnummer, pageRequest));
        List<Factuurweergave> gelezen = verwerking.raadpleegLijst(LIJST,
                () -> page.getContent().stream().map(Factuurweergave::van).toList(), f -> f.factuur().bsn());
        return new PageImpl<>(gelezen, pageRequest, page.getTotalElements());
    }

    public Factuurweergave een(String instellingsnummer, UUID id) {
        FactuurEntity factuur = facturen.findByIdAndInstellingsnummer(id, instellingsnummer)
                .orElseThrow(() -> new NietGevondenException(ONBEKENDE_FACTUUR));
        return verwerking.raadpleeg(RAADPLEGEN, factuur.alsFactuur().bsn(), () -> Factuurweergave.van(factuur));
    }
}
