package nl.inburgering.ind.voldaan.duo;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import nl.inburgering.ind.voldaan.application.DuoBeschikkingen;
import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO's {@code POST /api/v1/beschikkingen-voldaan/_zoek} (the BSN in the body, never in the URL), with a token of
 * IND's system (OAuth2 client credentials, {@link DuoClientConfiguratie}): 200 the beschikking, 404 none; anything
 * else (DUO down, a refusal of IND's token, an error at DUO) is {@link DuoBeschikkingen.DuoNietBeschikbaarException}.
 */
public class DuoBeschikkingenClient implements DuoBeschikkingen {

    static final String PAD = "/api/v1/beschikkingen-voldaan/_zoek";

    private final RestClient duo;

    public DuoBeschikkingenClient(RestClient duo) {
        this.duo = duo;
    }

    record Antwoord(LocalDate datumBeschikking, LocalDate datumVoldaan, String leerroute, String waardepapier) {
    }

    @Override
    public Optional<BeschikkingVoldaan> beschikkingVoldaan(Bsn bsn) {
        try {
            Antwoord antwoord = duo.post().uri(PAD).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).body(Map.of("bsn", bsn.value())).retrieve()
                    .body(Antwoord.class);
            if (antwoord == null) {
                throw new DuoNietBeschikbaarException("DUO gaf een leeg antwoord", null);
            }
            return Optional.of(new BeschikkingVoldaan(antwoord.datumBeschikking(), antwoord.datumVoldaan(),
                    antwoord.leerroute(), antwoord.waardepapier()));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new DuoNietBeschikbaarException("DUO antwoordde " + e.getStatusCode().value(), e);
        } catch (RestClientException e) {
            throw new DuoNietBeschikbaarException("DUO niet bereikbaar: " + e.getClass().getSimpleName(), e);
        } catch (OAuth2AuthorizationException e) {
            throw new DuoNietBeschikbaarException("geen token voor DUO: " + e.getError().getErrorCode(), e);
        }
    }
}
