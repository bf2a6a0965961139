package nl.inburgering.instelling.cursist.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.inburgering.instelling.cursist.api.Cursist;
import nl.inburgering.instelling.cursist.api.EigenCursist;
import nl.inburgering.instelling.cursist.persistence.CursistEntity;
import nl.inburgering.instelling.cursist.persistence.CursistRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.web.NietGevondenException;

/** The core's answer to {@link EigenCursist}: the cursist table, always within one instelling. */
@Component
class EigenCursistOpzoeken implements EigenCursist {

    private final CursistRepository cursisten;

    EigenCursistOpzoeken(CursistRepository cursisten) {
        this.cursisten = cursisten;
    }

    @Override
    public Cursist vind(String instellingsnummer, UUID cursistId) {
        return cursisten.findByIdAndInstellingsnummer(cursistId, instellingsnummer).map(CursistEntity::alsCursist)
                .orElseThrow(() -> new NietGevondenException(ONBEKENDE_CURSIST));
    }

    @Override
    public List<Cursist> vanPersoon(String instellingsnummer, Bsn bsn) {
        return cursisten.findByInstellingsnummerAndBsnOrderByIngeschrevenOpDesc(instellingsnummer, bsn.value())
                .stream().map(CursistEntity::alsCursist).toList();
    }
}
