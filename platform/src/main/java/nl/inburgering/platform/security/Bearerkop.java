package nl.inburgering.platform.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The bearer token from the Authorization header, with the same answers as Spring Security's
 * {@link DefaultBearerTokenResolver} as the platform uses it (tokens in query parameters and form bodies off), without
 * its regular expression. The default matches the whole header against {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}
 * compiled case-insensitive, and Java tests each character of a thousand-character JWT against the case-insensitive
 * ranges one predicate at a time: the single hottest method of the chain in a benchmark profile (3.1 % of all CPU
 * samples, decision 0054). Here one pass over the characters with a table answers the same:
 * <ul>
 * <li>no header, or one that does not start with "bearer" in any case: {@code null} (Basic and other schemes are not
 * ours to refuse here);</li>
 * <li>"Bearer " (scheme in any ASCII case, RFC 9110) and a b64token of RFC 6750 §2.1, {@code 1*( ALPHA / DIGIT / "-" /
 * "." / "_" / "~" / "+" / "/" ) *"="}, up to the end: the token;</li>
 * <li>anything else that starts with "bearer": the default's {@code invalid_token} "Bearer token is malformed".</li>
 * </ul>
 * The same as the default's {@code CASE_INSENSITIVE} without {@code UNICODE_CASE}: only ASCII letters fold, so a
 * non-ASCII character is never part of the scheme or the token.
 */
final class Bearerkop implements BearerTokenResolver {

    private static final String SCHEMA = "bearer";
    /** "Bearer " is seven characters; the token starts after the one space. */
    private static final int TOKEN_BEGIN = SCHEMA.length() + 1;
    private static final boolean[] B64TOKEN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            B64TOKEN[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            B64TOKEN[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            B64TOKEN[c] = true;
        }
        for (char c : "-._~+/".toCharArray()) {
            B64TOKEN[c] = true;
        }
    }

    @Override
    public String resolve(HttpServletRequest request) {
        return token(request.getHeader(HttpHeaders.AUTHORIZATION));
    }

    static String token(String kop) {
        // the default's first test (StringUtils.startsWithIgnoreCase) is String.regionMatches, which folds Unicode
        if (kop == null || !kop.regionMatches(true, 0, SCHEMA, 0, SCHEMA.length())) {
            return null;
        }
        if (kop.length() <= TOKEN_BEGIN || !schemaInAscii(kop) || kop.charAt(SCHEMA.length()) != ' ') {
            throw misvormd();
        }
        int i = TOKEN_BEGIN;
        int einde = kop.length();
        while (i < einde && b64token(kop.charAt(i))) {
            i++;
        }
        if (i == TOKEN_BEGIN) {
            throw misvormd();
        }
        while (i < einde && kop.charAt(i) == '=') {
            i++;
        }
        if (i != einde) {
            throw misvormd();
        }
        return kop.substring(TOKEN_BEGIN);
    }

    /**
     * The scheme's letters in either ASCII case: setting bit 0x20 turns exactly 'B' and 'b' into 'b', and no other
     * character, since every letter of "bearer" is an ASCII letter.
     */
    private static boolean schemaInAscii(String kop) {
        for (int i = 0; i < SCHEMA.length(); i++) {
            if ((kop.charAt(i) | 0x20) != SCHEMA.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean b64token(char c) {
        return c < B64TOKEN.length && B64TOKEN[c];
    }

    private static OAuth2AuthenticationException misvormd() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
