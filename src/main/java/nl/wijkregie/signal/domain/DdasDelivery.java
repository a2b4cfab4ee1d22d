package nl.wijkregie.signal.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The municipality's delivery to CBS in the national DDAS v0.9 format (VNG "Uitwisselmodel"). Data minimisation: only
 * what the schema asks, no BSN (signals carry none), optional fields left out rather than sent empty. Signal ids are
 * "partner type-partner reference", unique within the municipality because the reference is unique per partner.
 */
public final class DdasDelivery {

    static final String NOT_YET_PICKED_UP = "Nog niet opgepakt";

    /** Who delivers: the supplier code, the municipality (4 digits) and its contact. */
    public record Sender(String supplierCode, String municipalityCode, String organisationName, String kvkNumber,
                         String contactName, String contactPhone, String contactEmail, String contactTitle) {
    }

    private DdasDelivery() {
    }

    public static JsonObject build(Sender sender, LocalDate from, LocalDate to, Instant deliveredAt,
                                   List<SignalCase> cases) {
        JsonArrayBuilder signals = Json.createArrayBuilder();
        JsonArrayBuilder signalCases = Json.createArrayBuilder();
        for (SignalCase signalCase : cases) {
            JsonArrayBuilder references = Json.createArrayBuilder();
            for (Signal signal : signalCase.getSignals()) {
                signals.add(signal(signal, signalCase));
                references.add(Json.createObjectBuilder().add("ID", idOf(signal)));
            }
            signalCases.add(signalCase(signalCase, references));
        }
        JsonObjectBuilder contact = Json.createObjectBuilder().add("naam", sender.contactName());
        optional(contact, "telefoonnummer", sender.contactPhone());
        optional(contact, "email", sender.contactEmail());
        optional(contact, "functietitel", sender.contactTitle());
        JsonObjectBuilder organisation = Json.createObjectBuilder().add("naam", sender.organisationName());
        optional(organisation, "kvk-nummer", sender.kvkNumber());
        organisation.add("contactpersoonen", Json.createArrayBuilder().add(contact));
        JsonObjectBuilder delivery = Json.createObjectBuilder().add("teller", 1)
                .add("gemeentecode", sender.municipalityCode()).add("aanleverende_organisatie", organisation)
                .add("vroegsignalen", signals).add("vroegsignaalzaken", signalCases);
        return Json.createObjectBuilder().add("codeGegevensleverancier", sender.supplierCode())
                .add("startdatumLevering", from.toString()).add("einddatumLevering", to.toString())
                .add("aanleverdatumEnTijd", deliveredAt.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("leveringen", Json.createArrayBuilder().add(delivery)).build();
    }

    static String idOf(Signal signal) {
        return signal.getPartnerType().name() + "-" + signal.getPartnerReference();
    }

    /** Euros, rounded half up: the schema counts in whole euros. */
    static long euros(long cents) {
        return BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /**
     * The DDAS signal status says whether the signal was picked up: the not-picked-up end results as themselves,
     * "Nog niet opgepakt" while the case is open without any contact attempt; picked-up signals carry no status.
     */
    static String statusOf(SignalCase signalCase) {
        if (signalCase.getEndResult() != null) {
            return signalCase.getEndResult().signalStatus();
        }
        return signalCase.getAttempts().isEmpty() ? NOT_YET_PICKED_UP : null;
    }

    private static JsonObject signal(Signal signal, SignalCase signalCase) {
        JsonObjectBuilder client = Json.createObjectBuilder();
        optional(client, "Voorletters", signal.getInitials() != null ? signal.getInitials()
                : signal.getFirstName() == null ? null : signal.getFirstName().substring(0, 1).toUpperCase() + ".");
        optional(client, "Voorvoegsel", signal.getSurnamePrefix());
        client.add("Achternaam", signal.getSurname()).add("Geboortedatum", signal.getDateOfBirth().toString())
                .add("Straatnaam", signal.getStreet()).add("Postcode", signal.getPostcode())
                .add("Huisnummer", Integer.toString(signal.getHouseNumber()));
        optional(client, "Huisnummertoevoeging", signal.getHouseNumberAddition());
        client.add("Plaatsnaam", signal.getTown());
        JsonObjectBuilder json = Json.createObjectBuilder().add("ID", idOf(signal))
                .add("crisissignaal", signal.isCrisis()).add("warmeOverdracht", signal.isWarmHandover())
                .add("bedrag", euros(signal.getAmountCents()))
                .add("ontstaansdatum", signal.getArrearsSince().toString())
                .add("signaaldatum", signal.getSignalDate().toString());
        optional(json, "status", statusOf(signalCase));
        return json.add("signaalpartner", Json.createObjectBuilder().add("type", signal.getPartnerType().ddas()))
                .add("client", client).build();
    }

    private static JsonObject signalCase(SignalCase signalCase, JsonArrayBuilder references) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (signalCase.getEndResult() != null) {
            json.add("resultaat", signalCase.getEndResult().ddas());
        }
        json.add("matchingsdatum", signalCase.getMatchedOn().toString())
                .add("startdatum_matchtingperiode", signalCase.getMatchingPeriodStart().toString())
                .add("einddatum_matchingperiode", signalCase.getMatchingPeriodEnd().toString());
        if (signalCase.getPickedUpOn() != null) {
            json.add("datum_opgepakt", signalCase.getPickedUpOn().toString());
        }
        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (ContactAttempt attempt : signalCase.getAttempts()) {
            attempts.add(Json.createObjectBuilder().add("soort", attempt.getKind().ddas())
                    .add("bereikt", attempt.isReached()).add("datum", attempt.getAttemptedOn().toString())
                    .add("dagdeel", attempt.getPartOfDay().ddas()));
        }
        return json.add("vroegsignalen", references).add("contactpogingen", attempts).build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.add(name, value);
        }
    }
}
