package nl.wijkregie.signal.domain;

/**
 * The 15 end results of a signal case in the DDAS model (EnumEindresultaat). Three of them mean the resident accepted
 * help, which opens or extends the household's case file with debt help; the others close the signal case.
 */
public enum EndResult {
    NIET_OPGEPAKT_HERHAALDE_MELDING("Niet opgepakt: herhaalde melding", false),
    NIET_OPGEPAKT_ONTERECHT_SIGNAAL("Niet opgepakt: onterecht signaal", false),
    INWONER_OVERLEDEN("Inwoner is overleden", false),
    GEEN_INWONER("Persoon is geen inwoner (meer) in de gemeente", false),
    NIET_OPGEPAKT_ANDERE_REDEN("Niet opgepakt: andere reden", false),
    AL_BEKEND_BIJ_SCHULDHULP("Inwoner al bekend bij schuldhulpverlening", false),
    ANDER_LOPEND_TRAJECT("Inwoner heeft al een ander lopend traject", false),
    DEFINITIEF_GEEN_CONTACT("Definitief geen contact kunnen krijgen", false),
    GEEN_REACTIE_NA_CONTACT("Geen reactie na eerder contact", false),
    GEEN_HULP_NODIG("Inwoner hoeft geen hulp vanuit vroegsignalering", false),
    ZELF_BETAALD("Inwoner heeft zelf al betaald/betalingsregeling getroffen", false),
    BUDGETADVIES_QUICK_FIX("(Budget)advies en/of quick fix", true),
    VERVOLGHULP_FINANCIEEL("Vervolghulp en/of verwijzing financieel", true),
    VERWIJZING_ZONDER_CONTACT("Verwijzing zonder contact", false),
    VERVOLGHULP_NIET_FINANCIEEL("Vervolghulp en/of verwijzing niet financieel", true);

    private final String ddas;
    private final boolean helpAccepted;

    EndResult(String ddas, boolean helpAccepted) {
        this.ddas = ddas;
        this.helpAccepted = helpAccepted;
    }

    public String ddas() {
        return ddas;
    }

    public boolean helpAccepted() {
        return helpAccepted;
    }

    /** The DDAS status of a signal in a case that ended this way (EnumSignaalstatus); null when it was picked up. */
    public String signalStatus() {
        return switch (this) {
            case NIET_OPGEPAKT_HERHAALDE_MELDING, NIET_OPGEPAKT_ONTERECHT_SIGNAAL, INWONER_OVERLEDEN, GEEN_INWONER,
                    NIET_OPGEPAKT_ANDERE_REDEN -> ddas;
            default -> null;
        };
    }
}
