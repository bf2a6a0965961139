package nl.inburgering.duo.plichteinde.application;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * The plichtigen DUO decided before this module existed get their AOW deadlines once, at the first start-up with it
 * (decision 0033): page by page, one transaction and verwerking per person, then a marker row so later start-ups do
 * nothing. Planning again is harmless (an unfired deadline is replaced, a six-months day already past is not
 * planned), so two instances starting together or a crash halfway only repeat work.
 */
@Component
public class AowBackfill {

    private static final Logger log = LoggerFactory.getLogger(AowBackfill.class);
    static final String NAAM = "aow-deadlines-v1";

    private final Dossiers dossiers;
    private final AowBewaking bewaking;
    private final Persoonsverwerking verwerking;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    AowBackfill(Dossiers dossiers, AowBewaking bewaking, Persoonsverwerking verwerking, TransactionTemplate transaction,
            JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.bewaking = bewaking;
        this.verwerking = verwerking;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void bijStart() {
        if (jdbc.sql("select count(*) from plichteinde_backfill where naam = ?").param(NAAM).query(Long.class)
                .single() > 0) {
            return;
        }
        int aantal = 0;
        Optional<Bsn> na = Optional.empty();
        List<Bsn> pagina;
        while (!(pagina = dossiers.plichtigen(na)).isEmpty()) {
            for (Bsn bsn : pagina) {
                transaction.executeWithoutResult(t -> verwerking.wijzig(AowBewaking.AOW_PLANNEN, bsn,
                        v -> bewaking.plan(bsn)));
                aantal++;
            }
            na = Optional.of(pagina.get(pagina.size() - 1));
        }
        jdbc.sql("insert into plichteinde_backfill (naam, uitgevoerd_op) values (?, now()) on conflict do nothing")
                .param(NAAM).update();
        log.info("AOW-deadlines gepland voor {} inburgeringsplichtigen van voor de plichteinde-module", aantal);
    }
}
