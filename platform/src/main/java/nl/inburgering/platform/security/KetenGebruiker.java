package nl.inburgering.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Who is calling, taken from the access token only. The tenant (gemeentecode, instellingsnummer, OIN)
 * never comes from a path, query or body.
 */
public record KetenGebruiker(String organisatieOin, Set<Rol> rollen, Optional<String> gemeentecode,
        Optional<String> instellingsnummer, Optional<String> bsn) {

    public static final String CLAIM_ROLLEN = "roles";
    public static final String CLAIM_OIN = "organisatie_oin";
    public static final String CLAIM_GEMEENTECODE = "gemeentecode";
    public static final String CLAIM_INSTELLINGSNUMMER = "instellingsnummer";
    /** The citizen's own BSN, in the token of an {@link Rol#INBURGERAAR} (DigiD). */
    public static final String CLAIM_BSN = "bsn";
    /** The claims that name the calling client (system), in order of preference. */
    static final List<String> CLAIMS_CLIENT = List.of("azp", "client_id", "sub");

    public static KetenGebruiker van(Jwt token) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        List<String> namen = token.getClaimAsStringList(CLAIM_ROLLEN);
        if (namen != null) {
            for (String naam : namen) {
                for (Rol rol : Rol.values()) {
                    if (rol.name().equals(naam)) {
                        rollen.add(rol);
                    }
                }
            }
        }
        return new KetenGebruiker(token.getClaimAsString(CLAIM_OIN), rollen,
                Optional.ofNullable(token.getClaimAsString(CLAIM_GEMEENTECODE)),
                Optional.ofNullable(token.getClaimAsString(CLAIM_INSTELLINGSNUMMER)),
                Optional.ofNullable(token.getClaimAsString(CLAIM_BSN)));
    }

    /** The caller of the current request; fails when there is none (a bug: every endpoint is secured). */
    public static KetenGebruiker huidig() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return van(jwt.getToken());
        }
        throw new IllegalStateException("geen geauthenticeerde aanroeper");
    }

    /**
     * The client (the calling system) of the current request: the token's {@code azp}, else {@code client_id}, else
     * {@code sub}; empty without a token.
     */
    public static Optional<String> huidigeClient() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken jwt) {
            for (String claim : CLAIMS_CLIENT) {
                String waarde = jwt.getToken().getClaimAsString(claim);
                if (waarde != null && !waarde.isBlank()) {
                    return Optional.of(waarde);
                }
            }
        }
        return Optional.empty();
    }

    public boolean heeftEenVan(Rol... gevraagd) {
        for (Rol rol : gevraagd) {
            if (rollen.contains(rol)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The BSN of the citizen this caller is (an {@link Rol#INBURGERAAR}'s token); a caller without a valid one may not
     * use a citizen's own data.
     */
    public Bsn vereisBsn() {
        return bsn.filter(Bsn::isValid).map(Bsn::of)
                .orElseThrow(() -> new GeenToegangException("dit token hoort niet bij een inburgeraar"));
    }

    /** The gemeente this caller acts for; a caller without one may not use gemeente data. */
    public String vereisGemeentecode() {
        return gemeentecode.orElseThrow(() -> new GeenToegangException("dit token hoort niet bij een gemeente"));
    }
}
