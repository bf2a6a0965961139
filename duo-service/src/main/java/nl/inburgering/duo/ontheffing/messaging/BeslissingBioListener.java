package nl.inburgering.duo.ontheffing.messaging;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.BeslissingBioGenomen;
import nl.inburgering.duo.ontheffing.application.BioAanvragen;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #21 from SZW in, like any partner's event (decision 0035): validated, once per event (the inbox), and
 * dead-lettered for an unknown dossierkenmerk, another person's dossier or a dossier not at SZW.
 */
@Component
class BeslissingBioListener {

    private final EventInbox inbox;
    private final BioAanvragen bio;

    BeslissingBioListener(EventInbox inbox, BioAanvragen bio) {
        this.inbox = inbox;
        this.bio = bio;
    }

    @KafkaListener(topics = Topics.BESLISSING_BIO)
    void beslist(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, BeslissingBioGenomen.class, event -> verwerk(event.data()));
    }

    void verwerk(BeslissingBioGenomen b) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(b.getBsn(), "BeslissingBio"));
        UUID kenmerk = kenmerk(b.getDossierkenmerk());
        Oordeel oordeel = switch (b.getOordeel()) {
            case TOEKENNING -> Oordeel.TOEKENNING;
            case AFWIJZING -> Oordeel.AFWIJZING;
            case ONBEKEND -> throw new InvalidEventException("BeslissingBio zonder oordeel");
        };
        if (b.getDatumBeslissing() == null) {
            throw new InvalidEventException("BeslissingBio zonder datumBeslissing");
        }
        switch (bio.beslissingSzw(kenmerk, bsn, oordeel, b.getDatumBeslissing())) {
            case BESLIST, AL_BESLIST -> {
            }
            case ONBEKEND_DOSSIER -> throw new InvalidEventException("BeslissingBio voor een onbekend dossierkenmerk");
            case ANDERE_PERSOON -> throw new InvalidEventException("BeslissingBio: het dossier is van een andere persoon");
            case NIET_BIJ_SZW -> throw new InvalidEventException("BeslissingBio voor een dossier dat niet bij SZW ligt");
        }
    }

    private static UUID kenmerk(String waarde) {
        try {
            return UUID.fromString(waarde);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidEventException("BeslissingBio met een ongeldig dossierkenmerk");
        }
    }
}
