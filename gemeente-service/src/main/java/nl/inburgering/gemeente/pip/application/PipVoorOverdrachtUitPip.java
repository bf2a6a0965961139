package nl.inburgering.gemeente.pip.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.api.PipVoorOverdracht;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.gemeente.pip.domain.Registratiestatus;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodEntity;
import nl.inburgering.gemeente.pip.persistence.InburgeringsaanbodRepository;
import nl.inburgering.gemeente.pip.persistence.PipEntity;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The PIP feature's answer to {@link PipVoorOverdracht}: the gemeente's own rows, the latest not rejected. */
@Component
class PipVoorOverdrachtUitPip implements PipVoorOverdracht {

    private final PipRepository pips;
    private final InburgeringsaanbodRepository aanbiedingen;

    PipVoorOverdrachtUitPip(PipRepository pips, InburgeringsaanbodRepository aanbiedingen) {
        this.pips = pips;
        this.aanbiedingen = aanbiedingen;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Pipstand> laatstePip(Bsn bsn, String gemeentecode) {
        List<PipEntity> rijen = pips.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode);
        return rijen.stream().filter(p -> p.getStatus() != Registratiestatus.AFGEWEZEN)
                .filter(p -> p.getLeerroute() != null && p.getDagtekening() != null)
                .max(Comparator.comparing(PipEntity::getVolgnummer))
                .map(p -> new Pipstand(p.getDagtekening(), leerroute(p.getLeerroute()),
                        p.getNiveau() == null ? null : p.getNiveau().name(), p.getGeschatteIntensiteitB1Route(),
                        Boolean.TRUE.equals(p.getIndicatorMagOpleidingAfmaken()),
                        alfabetisering(p.getAlfabetiseringsonderwijs()),
                        Boolean.TRUE.equals(p.getEenzijdigVastgesteld())));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Aanbodstand> laatsteAanbod(Bsn bsn, String gemeentecode) {
        List<InburgeringsaanbodEntity> rijen = aanbiedingen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(),
                gemeentecode);
        return rijen.stream().filter(a -> a.getStatus() != Registratiestatus.AFGEWEZEN)
                .filter(a -> a.getDatumInburgeringsaanbod() != null)
                .reduce((eerder, later) -> later)
                .map(a -> new Aanbodstand(a.getDatumInburgeringsaanbod(), a.getVerwachteStartdatumOpleiding(),
                        a.getVerwachteEinddatumOpleiding(), alfabetisering(a.getAlfabetiseringsonderwijs()),
                        a.getInstellingsnummers() == null ? List.of() : List.copyOf(a.getInstellingsnummers())));
    }

    /** The contracts' name: the Z-route is ZELFREDZAAMHEIDSROUTE there. */
    private static String leerroute(Leerroute leerroute) {
        return leerroute == Leerroute.Z_ROUTE ? "ZELFREDZAAMHEIDSROUTE" : leerroute.name();
    }

    private static String alfabetisering(Alfabetisering alfabetisering) {
        return alfabetisering == null ? Alfabetisering.NVT.name() : alfabetisering.name();
    }
}
