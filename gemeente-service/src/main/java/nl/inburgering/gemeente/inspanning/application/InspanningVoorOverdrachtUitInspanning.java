package nl.inburgering.gemeente.inspanning.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inspanning.api.InspanningVoorOverdracht;
import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.gemeente.inspanning.domain.Maatregel;
import nl.inburgering.gemeente.inspanning.persistence.InspanningEntity;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.gemeente.inspanning.persistence.VerzuimMaatregelRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The inspanning feature's answer to {@link InspanningVoorOverdracht}: the gemeente's own rows only. */
@Component
class InspanningVoorOverdrachtUitInspanning implements InspanningVoorOverdracht {

    private final InspanningRepository inspanningen;
    private final VerzuimMaatregelRepository maatregelen;

    InspanningVoorOverdrachtUitInspanning(InspanningRepository inspanningen, VerzuimMaatregelRepository maatregelen) {
        this.inspanningen = inspanningen;
        this.maatregelen = maatregelen;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Stand> actueleStanden(Bsn bsn, String gemeentecode) {
        Map<String, Inspanningsstand> laatste = new LinkedHashMap<>();
        for (InspanningEntity rij : inspanningen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(),
                gemeentecode)) {
            laatste.merge(rij.getInstellingsnummer(), rij.stand(),
                    (eerder, later) -> later.peildatum().isBefore(eerder.peildatum()) ? eerder : later);
        }
        return laatste.values().stream().map(s -> new Stand(s.instellingsnummer(), s.leerroute(), s.peildatum(),
                s.startdatumOnderwijs(), s.urenAangeboden(), s.urenAanwezig(), s.urenOngeoorloofdVerzuim(),
                s.taalschakeltrajectAfgerond(), s.datumAfrondingTaalschakeltraject(), s.actualisatiemoment()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Boete> boetesOpVerzuim(Bsn bsn, String gemeentecode) {
        return maatregelen.findByBsnAndGemeentecodeOrderByVolgnummerAsc(bsn.value(), gemeentecode).stream()
                .filter(m -> m.getMaatregel() == Maatregel.BOETE)
                .map(m -> new Boete(m.getDatum(), m.getBedrag(), m.getReden(), m.getInstellingsnummer())).toList();
    }
}
