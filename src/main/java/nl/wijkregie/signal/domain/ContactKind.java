package nl.wijkregie.signal.domain;

/** Kinds of contact attempt of the DDAS model (EnumContactsoort). */
public enum ContactKind {
    MAIL("Mail"), BRIEF("Brief"), SMS_WHATSAPP("SMS/Whatsapp"), TELEFOON("Telefoon"), HUISBEZOEK("Huisbezoek"),
    KAARTJE("Kaartje"), OVERIGE("Overige"), ADMINISTRATIEF("Administratief");

    private final String ddas;

    ContactKind(String ddas) {
        this.ddas = ddas;
    }

    public String ddas() {
        return ddas;
    }
}
