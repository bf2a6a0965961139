/**
 * The M2M web support every feature with an M2M API uses: the request check ({@link M2mVerzoekvalidatie}), the
 * authorisation of the bron with the relevance rule of the person core ({@link M2mAutorisatie}), the API version
 * header ({@link ApiVersie}) and the 403 answer. It depends on the core's published API only.
 */
@NamedInterface("web")
package nl.inburgering.duo.m2m.web.gedeeld;

import org.springframework.modulith.NamedInterface;
