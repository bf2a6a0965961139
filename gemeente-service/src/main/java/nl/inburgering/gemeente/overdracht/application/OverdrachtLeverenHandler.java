package nl.inburgering.gemeente.overdracht.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inspanning.api.InspanningVoorOverdracht;
import nl.inburgering.gemeente.intake.api.IntakeVoorOverdracht;
import nl.inburgering.gemeente.overdracht.domain.BoeteOpInspanning;
import nl.inburgering.gemeente.overdracht.domain.InburgeraarOvergedragenDoorGemeente;
import nl.inburgering.gemeente.overdracht.domain.Intakeresultaat;
import nl.inburgering.gemeente.overdracht.domain.Levering;
import nl.inburgering.gemeente.overdracht.persistence.VertrekEntity;
import nl.inburgering.gemeente.overdracht.persistence.VertrekRepository;
import nl.inburgering.gemeente.pip.api.PipVoorOverdracht;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.platform.web.ConflictException;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.NietGevondenException;
import nl.inburgering.platform.web.OngeldigeInvoerException;

/**
 * Seed §13.2: the old gemeente hands the dossier over (#19 InburgeraarOvergedragen, through the outbox) from its own
 * data: its latest PIP and inburgeringsaanbod, the current inspanning per instelling, what it recorded of the brede
 * intake, the boetes it imposed on inspanning (at the brede intake and on verzuim), DUO's doelgroep when he left, and what the klantmanager adds (contactpersoon, maatschappelijke
 * begeleiding afgerond). Only after the new gemeente asked, and once. Another gemeente's departure answers 404.
 */
@Service
public class OverdrachtLeverenHandler {

    public static final String ONBEKEND_VERTREK = "Dit vertrek bestaat niet in uw gemeente.";
    public static final String NIET_GEVRAAGD = "OVERDRACHT_NIET_GEVRAAGD: de nieuwe gemeente heeft (nog) niet om de "
            + "overdracht gevraagd.";
    public static final String AL_GELEVERD = "OVERDRACHT_AL_GELEVERD: de overdracht is al geleverd.";

    static final Verwerkingsactiviteit LEVEREN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/overdracht-leveren",
            "Het dossier van een vertrokken inburgeraar aan de nieuwe gemeente overdragen");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final VertrekRepository vertrekken;
    private final PipVoorOverdracht pip;
    private final InspanningVoorOverdracht inspanning;
    private final IntakeVoorOverdracht intake;
    private final Persoonsverwerking verwerking;
    private final Clock klok;

    OverdrachtLeverenHandler(VertrekRepository vertrekken, PipVoorOverdracht pip, InspanningVoorOverdracht inspanning,
            IntakeVoorOverdracht intake, Persoonsverwerking verwerking, Clock klok) {
        this.vertrekken = vertrekken;
        this.pip = pip;
        this.inspanning = inspanning;
        this.intake = intake;
        this.verwerking = verwerking;
        this.klok = klok;
    }

    @Transactional
    public VertrokkenRaadplegen.Vertrokken handle(OverdrachtLeveren command) {
        String gemeentecode = command.gemeentecode();
        VertrekEntity gevonden = vertrekken.findByIdAndGemeentecode(command.vertrekId(), gemeentecode)
                .orElseThrow(() -> new NietGevondenException(ONBEKEND_VERTREK));
        var problemen = command.levering().problemen();
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen.stream()
                    .map(p -> new InvalidParam(p.veld(), p.code(), p.reden())).toList());
        }
        Bsn bsn = Bsn.of(gevonden.getBsn());
        verwerking.wijzig(LEVEREN, bsn, v -> {
            VertrekEntity vertrek = vertrekken.findById(gevonden.getId()).orElseThrow(); // under the person's lock
            if (vertrek.getGeleverdOp() != null) {
                throw new ConflictException(AL_GELEVERD);
            }
            if (vertrek.getDatumVerzoek() == null) {
                throw new ConflictException(NIET_GEVRAAGD);
            }
            Levering levering = command.levering();
            vertrek.geleverd(levering.contactpersoon().strip(), v.nu());
            v.publiceer(new InburgeraarOvergedragenDoorGemeente(bsn, gemeentecode, vertrek.getGemeentecodeNieuw(),
                    vertrek.getDatumVerhuizing(), v.vandaag(), vertrek.getDoelgroep(),
                    pip.laatstePip(bsn, gemeentecode).orElse(null), pip.laatsteAanbod(bsn, gemeentecode).orElse(null),
                    inspanning.actueleStanden(bsn, gemeentecode), levering.maatschappelijkeBegeleidingAfgerond(),
                    vertrek.getContactpersoon(), intakeresultaat(bsn, gemeentecode), boetes(bsn, gemeentecode)));
        });
        return VertrokkenRaadplegen.alsVertrokken(gevonden, LocalDate.now(klok.withZone(NEDERLAND)));
    }

    private Intakeresultaat intakeresultaat(Bsn bsn, String gemeentecode) {
        return intake.intakeresultaat(bsn, gemeentecode)
                .map(r -> new Intakeresultaat(r.aantalOproepen(), r.aantalKeerNietVerschenen(),
                        r.leerbaarheidstoetsResultaat(), r.behaaldeScore(), r.benodigdeScore(),
                        r.datumAfnameLeerbaarheidstoets()))
                .orElse(null);
    }

    private List<BoeteOpInspanning> boetes(Bsn bsn, String gemeentecode) {
        return BoeteOpInspanning.samen(
                intake.boetes(bsn, gemeentecode).stream()
                        .map(b -> new BoeteOpInspanning(b.datum(), b.bedrag(), b.reden(), null)).toList(),
                inspanning.boetesOpVerzuim(bsn, gemeentecode).stream()
                        .map(b -> new BoeteOpInspanning(b.datum(), b.bedrag(), b.reden(), b.instellingsnummer()))
                        .toList());
    }
}
