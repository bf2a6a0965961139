package nl.inburgering.platform.web;

/**
 * Bounds of every paged list ({@code pagina}, {@code paginaGrootte}): {@code pagina=2147483647} overflowed the
 * offset and gave a 500 (issue 11, item 9). Use as {@code @Min(1) @Max(Paginering.MAXIMALE_PAGINA) int pagina}.
 */
public final class Paginering {

    /** The highest page number a list answers; 100 per page makes ten million rows. */
    public static final int MAXIMALE_PAGINA = 100_000;
    public static final int MAXIMALE_PAGINAGROOTTE = 100;

    private Paginering() {
    }
}
