package nl.wijkregie.signal.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The municipality's delivery of early-signalling figures to CBS in the national DDAS v0.9 format (VNG "Uitwisselmodel",
 * JSON Schema draft 2020-12): the law on municipal debt help (Wgs) makes the municipality account for what it did with
 * the signals it received, and CBS builds the national monitor from these deliveries.
 * <p>
 * Data minimisation: only what the schema asks. No BSN (signals carry none), no phone or e-mail of the resident, no
 * creditor name; optional fields are left out rather than sent empty, and JSON null is never written (every field of
 * the schema is typed). The builder is pure: it reads the aggregates it is given and writes nothing but JSON.
 * <p>
 * A month of national volume does not fit in memory, so the delivery is written as a stream ({@link #start}): the
 * header, then the signals of each case as the caller reads the cases (in chunks, {@link #signalsOf}), then the cases
 * themselves, which the caller kept aside meanwhile ({@link #caseOf}) because the format puts all signals before all
 * cases.
 * {@link #build} is the same writer into one object, for small deliveries and tests.
 * <p>
 * Mapping choices the schema leaves open:
 * <ul>
 * <li>Signal {@code ID} is {@code <PARTNER_TYPE>-<partner reference>} (e.g. {@code HUUR-2024-0815}): stable from one
 * delivery to the next and traceable to the partner's own reference. References are unique per partner
 * <em>organisation</em>, so two organisations of the same type may use the same one; when that happens within a
 * delivery, those signals get their own id appended ({@code HUUR-2024-0815-<uuid>}) so every ID in a delivery is
 * unique and the case's {@code vroegsignalen} references stay unambiguous.</li>
 * <li>Signal {@code status} (EnumSignaalstatus) says whether the municipality picked the signal up, and only the
 * not-picked-up side has values: a case closed with a not-picked-up end result gives that result
 * ({@link EndResult#signalStatus()}); an open case without any contact attempt is "Nog niet opgepakt"; a signal that
 * was picked up (an attempt was made, or the case closed with any other end result) has no status — that outcome is in
 * the case's {@code resultaat}.</li>
 * <li>{@code bedrag} is whole euros, rounded half up from the cents the partner reported.</li>
 * <li>{@code Voorletters} are the reported initials, or else derived from the first names ("jan pieter" → "J.P.").</li>
 * <li>{@code resultaat} only for closed cases; {@code datum_opgepakt} is the date of the first contact attempt.</li>
 * </ul>
 */
public final class DdasDelivery {

    static final String NOT_YET_PICKED_UP = "Nog niet opgepakt";

    /**
     * Who delivers: the software supplier's code, the municipality (CBS code, 4 digits such as "0479"), the delivering
     * organisation with its KvK number, and one contact person. The supplier, municipality, organisation and contact
     * name are required; the other fields are left out of the delivery when null or blank.
     */
    public record Sender(String supplierCode, String municipalityCode, String organisationName, String kvkNumber,
                         String contactName, String contactPhone, String contactEmail, String contactTitle) {

        public Sender {
            requireText(supplierCode, "supplierCode");
            requireText(organisationName, "organisationName");
            requireText(contactName, "contactName");
            if (municipalityCode == null || !municipalityCode.matches("\\d{4}")) {
                throw new IllegalArgumentException("municipalityCode must be the 4-digit CBS code, was "
                        + municipalityCode);
            }
        }

        private static void requireText(String value, String name) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " is required in a DDAS delivery");
            }
        }
    }

    private final JsonGenerator out;

    private DdasDelivery(JsonGenerator out) {
        this.out = out;
    }

    /**
     * One DDAS file with one {@code leveringen} item (teller 1) for the sender's municipality: every signal of the
     * given cases under {@code vroegsignalen}, and every case under {@code vroegsignaalzaken}.
     *
     * @param from        first day of the reported period (startdatumLevering)
     * @param to          last day of the reported period (einddatumLevering)
     * @param deliveredAt moment of delivery (aanleverdatumEnTijd, UTC to the second)
     * @param cases       the signal cases of the period, with their signals and attempts loaded
     */
    public static JsonObject build(Sender sender, LocalDate from, LocalDate to, Instant deliveredAt,
                                   List<SignalCase> cases) {
        Objects.requireNonNull(sender, "sender");
        Set<String> shared = cases.stream().flatMap(c -> c.getSignals().stream())
                .collect(Collectors.groupingBy(DdasDelivery::idOf, Collectors.counting())).entrySet().stream()
                .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = Json.createGenerator(json)) {
            DdasDelivery delivery = start(generator, sender, from, to, deliveredAt);
            cases.stream().flatMap(c -> delivery.signalsOf(c, shared).stream()).forEach(delivery::writeSignal);
            delivery.finish(cases.stream().map(c -> delivery.caseOf(c, shared)).map(JsonValue.class::cast)
                    .iterator());
        }
        return Json.createReader(new StringReader(json.toString())).readObject();
    }

    /** Writes the head of the delivery up to the opening of its signals. */
    public static DdasDelivery start(JsonGenerator out, Sender sender, LocalDate from, LocalDate to,
                                     Instant deliveredAt) {
        Objects.requireNonNull(sender, "sender");
        out.writeStartObject().write("codeGegevensleverancier", sender.supplierCode())
                .write("startdatumLevering", from.toString()).write("einddatumLevering", to.toString())
                .write("aanleverdatumEnTijd", deliveredAt.truncatedTo(ChronoUnit.SECONDS).toString())
                .writeStartArray("leveringen").writeStartObject().write("teller", 1)
                .write("gemeentecode", sender.municipalityCode());
        JsonObjectBuilder contact = Json.createObjectBuilder().add("naam", sender.contactName());
        optional(contact, "telefoonnummer", sender.contactPhone());
        optional(contact, "email", sender.contactEmail());
        optional(contact, "functietitel", sender.contactTitle());
        JsonObjectBuilder organisation = Json.createObjectBuilder().add("naam", sender.organisationName());
        optional(organisation, "kvk-nummer", sender.kvkNumber());
        organisation.add("contactpersoonen", Json.createArrayBuilder().add(contact));
        out.write("aanleverende_organisatie", organisation.build()).writeStartArray("vroegsignalen");
        return new DdasDelivery(out);
    }

    /**
     * The signals of a case as they will stand under {@code vroegsignalen}, with their status from the case.
     *
     * @param sharedIds the {@link #idOf signal ids} among this case's that more than one signal of the delivery has:
     *                  those signals get their own id appended, so every ID in the delivery is unique
     */
    public List<JsonObject> signalsOf(SignalCase signalCase, Set<String> sharedIds) {
        return signalCase.getSignals().stream()
                .map(signal -> signal(signal, idFor(signal, sharedIds), signalCase)).toList();
    }

    /** Writes one signal made by {@link #signalsOf}, in order. */
    public void writeSignal(JsonObject signal) {
        out.write(signal);
    }

    /** The case as it will stand under {@code vroegsignaalzaken}, referring to its signals by their ids. */
    public JsonObject caseOf(SignalCase signalCase, Set<String> sharedIds) {
        JsonArrayBuilder references = Json.createArrayBuilder();
        for (Signal signal : signalCase.getSignals()) {
            references.add(Json.createObjectBuilder().add("ID", idFor(signal, sharedIds)));
        }
        return signalCase(signalCase, references);
    }

    /** Closes the signals, writes the cases (made by {@link #caseOf}, in order) and ends the delivery. */
    public void finish(Iterator<JsonValue> cases) {
        out.writeEnd().writeStartArray("vroegsignaalzaken");
        cases.forEachRemaining(out::write);
        out.writeEnd().writeEnd().writeEnd().writeEnd();
        out.flush();
    }

    private static String idFor(Signal signal, Set<String> sharedIds) {
        String id = idOf(signal);
        return sharedIds.contains(id) ? id + "-" + signal.getId() : id;
    }

    /** The signal's DDAS id before disambiguation: partner type and the partner's reference. */
    static String idOf(Signal signal) {
        return signal.getPartnerType().name() + "-" + signal.getPartnerReference();
    }

    /** Euros, rounded half up: the schema counts in whole euros. */
    static long euros(long cents) {
        return BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The DDAS signal status of the signals of a case, or null when they were picked up (see the class comment). */
    static String statusOf(SignalCase signalCase) {
        if (signalCase.getEndResult() != null) {
            return signalCase.getEndResult().signalStatus();
        }
        return signalCase.getAttempts().isEmpty() ? NOT_YET_PICKED_UP : null;
    }

    /** "J." from initials as reported, or from first names: the first letter of each, upper case. */
    static String initialsOf(Signal signal) {
        if (signal.getInitials() != null && !signal.getInitials().isBlank()) {
            return signal.getInitials().trim();
        }
        if (signal.getFirstName() == null || signal.getFirstName().isBlank()) {
            return null;
        }
        return Arrays.stream(signal.getFirstName().trim().split("[\\s-]+")).filter(name -> !name.isEmpty())
                .map(name -> name.substring(0, 1).toUpperCase(Locale.ROOT) + ".").collect(Collectors.joining());
    }

    private static JsonObject signal(Signal signal, String id, SignalCase signalCase) {
        JsonObjectBuilder client = Json.createObjectBuilder();
        optional(client, "Voorletters", initialsOf(signal));
        optional(client, "Voorvoegsel", signal.getSurnamePrefix());
        optional(client, "Achternaam", signal.getSurname());
        optional(client, "Geboortedatum", signal.getDateOfBirth());
        optional(client, "Straatnaam", signal.getStreet());
        optional(client, "Postcode", signal.getPostcode());
        client.add("Huisnummer", Integer.toString(signal.getHouseNumber()));
        optional(client, "Huisnummertoevoeging", signal.getHouseNumberAddition());
        optional(client, "Plaatsnaam", signal.getTown());
        JsonObjectBuilder json = Json.createObjectBuilder().add("ID", id)
                .add("crisissignaal", signal.isCrisis()).add("warmeOverdracht", signal.isWarmHandover())
                .add("bedrag", euros(signal.getAmountCents()));
        optional(json, "ontstaansdatum", signal.getArrearsSince());
        optional(json, "signaaldatum", signal.getSignalDate());
        optional(json, "status", statusOf(signalCase));
        return json.add("signaalpartner", Json.createObjectBuilder().add("type", signal.getPartnerType().ddas()))
                .add("client", client).build();
    }

    private static JsonObject signalCase(SignalCase signalCase, JsonArrayBuilder references) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (signalCase.getEndResult() != null) {
            json.add("resultaat", signalCase.getEndResult().ddas());
        }
        optional(json, "matchingsdatum", signalCase.getMatchedOn());
        optional(json, "startdatum_matchtingperiode", signalCase.getMatchingPeriodStart());
        optional(json, "einddatum_matchingperiode", signalCase.getMatchingPeriodEnd());
        optional(json, "datum_opgepakt", signalCase.getPickedUpOn());
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
            json.add(name, value.trim());
        }
    }

    private static void optional(JsonObjectBuilder json, String name, LocalDate value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
