package nl.inburgering.platform.testapp;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.security.Toegang;

/** A write, a read and a search under {@code /api} of the platform test service, for the rate limit on writes (item 7). */
@RestController
@Toegang(Rol.PARTNERSYSTEEM)
@RequestMapping("/api/v1/proeven")
class Schrijfproef {

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    void schrijf() {
        // nothing to store: the limit is what is tested
    }

    @GetMapping
    List<String> lees() {
        return List.of("proef");
    }

    /** A search: a read by POST, as the API Design Rules have it for a query with personal data in the body. */
    @PostMapping("/_zoek")
    List<String> zoek() {
        return List.of("proef");
    }
}
