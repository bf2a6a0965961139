package nl.inburgering.duo.notificatie.domain;

/**
 * The gebeurtenissen of DUO's published {@code Gebeurtenissen/Gebeurtenissen.md} (and two attentiesignalen of
 * {@code Attentiesignalen.md}) that DUO's processes produce today, by their gebeurtenisId. Which fact gives which is
 * the notificatie module's mapping (decision 0030); what a gemeente fetches after it is the relevant API.
 */
public enum Gebeurtenis {
    SS101("Persoon is inburgeringsplichtig."),
    SS102("Inburgeringstermijn gestart"),
    SS103("Termijn ambtshalve verlengd"),
    SS104("Termijn op verzoek verlengd"),
    SS106("Diploma behaald"),
    SS107("Gehele vrijstelling toegekend"),
    SS108("Gehele ontheffing toegekend"),
    SS109("Tijdelijke vrijstelling toegekend"),
    SS110("Inburgeringsplicht ingetrokken"),
    SS111("Persoon is overleden"),
    SS112("Verzoek verlenging ingediend (attentiesignaal)"),
    SS113("Verzoek verlenging afgewezen"),
    SS114("Verzoek gehele vrijstelling afgewezen"),
    SS115("Verzoek tijdelijke vrijstelling afgewezen"),
    SS116("Verzoek gedeeltelijke vrijstelling afgewezen"),
    SS117("Verzoek gedeeltelijke vrijstelling toegekend"),
    SS118("Verzoek ontheffing afgewezen"),
    SS119("Verzoek gedeeltelijke ontheffing toegekend"),
    SS120("Inburgeringsplichtige in gemeente gevestigd zonder PIP"),
    SS121("Inburgeringsplichtige in gemeente gevestigd met PIP vorige gemeente"),
    SS122("Vertrokken naar andere gemeente (attentiesignaal)"),
    SS123("Vertrokken uit Nederland (attentiesignaal)"),
    SS124("Doelgroep van asielstatushouder naar gezinsmigrant en overige migrant gewijzigd"),
    SS125("Doelgroep van gezinsmigrant en overige migrant naar asielstatushouder gewijzigd"),
    SS126("Termijn verstreken zonder de verwachte actie (attentiesignaal, nearest documented: decision 0030)"),
    SS128("Persoon is inburgeringsplichtig, maar bereikt AOW-leeftijd binnen 6 maanden."),
    SS129("Tijdelijke vrijstelling ingetrokken, nog geen leerroute bekend"),
    SS130("Tijdelijke vrijstelling ingetrokken, PIP al bekend"),
    SS131("Leerbaarheidstoets is afgenomen en resultaat is bekend"),
    SS137("Persoon is aangemeld voor de leerbaarheidstoets"),
    SS140("Advies gevraagd over een verzoek om ontheffing wegens bijzondere individuele omstandigheden (attentiesignaal)"),
    SS139("Persoon is inburgeringsplichtig en de termijn van 10 weken voor vaststellen leerroute is gestart"),
    SS199("Uitslag examen bekend");

    private final String omschrijving;

    Gebeurtenis(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** The gebeurtenisId as the Notificatie API carries it. */
    public String id() {
        return name();
    }
}
