package nl.inburgering.duo.szw.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.ontheffing.api.BioDossier;
import nl.inburgering.duo.ontheffing.api.BioDossiers;
import nl.inburgering.duo.szw.domain.BeslissingBio;
import nl.inburgering.duo.szw.persistence.BioBeslissingEntity;
import nl.inburgering.duo.szw.persistence.BioBeslissingRepository;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * SZW's part of BIO (seed §11.3) in DUO's service (decision 0035): the dossiers DUO completed and handed over, and
 * SZW's beslissing on one, published as #21 on SZW's topic through the outbox; DUO's ontheffing module reads it from
 * there like any partner's event. One beslissing per dossier.
 */
@Service
public class BioBeslissingen {

    static final Verwerkingsactiviteit BESLISSEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/szw/bio-beslissen",
            "Beslissen over een ontheffing wegens bijzondere individuele omstandigheden");

    private final BioDossiers dossiers;
    private final BioBeslissingRepository beslissingen;
    private final Persoonsverwerking verwerking;

    BioBeslissingen(BioDossiers dossiers, BioBeslissingRepository beslissingen, Persoonsverwerking verwerking) {
        this.dossiers = dossiers;
        this.beslissingen = beslissingen;
        this.verwerking = verwerking;
    }

    /** The dossiers at SZW that SZW did not decide yet, oldest first. */
    @Transactional(readOnly = true)
    public List<BioDossier> wachtend() {
        return dossiers.bijSzw().stream().filter(d -> !beslissingen.existsById(d.dossierkenmerk())).toList();
    }

    /** 404 for a dossier not at SZW; 409 when SZW decided on it already. */
    @Transactional
    public BeslissingBio beslis(UUID dossierkenmerk, BeslissingBio.Oordeel oordeel, String door) {
        BioDossier dossier = dossiers.bijSzw(dossierkenmerk)
                .orElseThrow(() -> new NietGevondenException("Er ligt geen BIO-dossier met dit kenmerk bij SZW."));
        return verwerking.wijzigMetUitkomst(BESLISSEN, dossier.bsn(), v -> {
            if (beslissingen.existsById(dossierkenmerk)) {
                throw new ConflictException("SZW heeft over dit BIO-dossier al beslist.");
            }
            LocalDate vandaag = v.vandaag();
            beslissingen.save(new BioBeslissingEntity(dossierkenmerk, dossier.bsn().value(), oordeel, vandaag, door,
                    v.nu()));
            BeslissingBio beslissing = new BeslissingBio(dossier.bsn(), dossierkenmerk, oordeel, vandaag);
            v.publiceer(beslissing);
            return beslissing;
        });
    }
}
