package nl.inburgering.platform.testapp;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;
import nl.inburgering.platform.web.Datumbereik;
import nl.inburgering.platform.web.Paginering;

/** Endpoints of the platform test service that take every kind of input, to test the platform's input rules. */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
class Invoerproef {

    enum Soort {
        EEN, TWEE
    }

    record Aanvraag(String tekst, LocalDate datum, Integer aantal, Boolean actief, Soort soort,
            @Size(max = 200) List<@NotBlank String> codes,
            @Datumbereik(vanaf = Datumbereik.GEBOORTE) LocalDate geboren) {
    }

    private final JdbcClient jdbc;

    Invoerproef(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/test/invoer")
    Aanvraag invoer(@Valid @RequestBody Aanvraag aanvraag) {
        return aanvraag;
    }

    @GetMapping("/test/lijst")
    List<String> lijst(@RequestParam(defaultValue = "1") @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina,
            @RequestParam(required = false) String zoek) {
        return jdbc.sql("select 'x' offset ? limit 20").param((pagina - 1) * 20).query(String.class).list();
    }

    @PostMapping("/test/uniek")
    @ResponseStatus(HttpStatus.CREATED)
    void uniek(@RequestBody String code) {
        jdbc.sql("create table if not exists invoerproef_uniek (code text primary key)").update();
        jdbc.sql("insert into invoerproef_uniek (code) values (?)").param(code).update();
    }
}
