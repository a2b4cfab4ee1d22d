package nl.wijkregie.signal.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a partner reports about one person's arrears, as received (by API, by hand or as a row of a monthly list) and
 * already validated. Amounts are in euro cents. No BSN: the municipality resolves the person itself.
 */
public record SignalReport(PartnerType partnerType, String partnerOrganisation, String partnerReference,
                           String initials, String firstName, String surnamePrefix, String surname,
                           LocalDate dateOfBirth, String street, int houseNumber, String houseNumberAddition,
                           String postcode, String town, String phone, String email, long amountCents,
                           LocalDate arrearsSince, LocalDate signalDate, boolean crisis, boolean warmHandover,
                           Threat threat) {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Z0-9]");

    /** The same report from another partner: a partner account's own organisation and type always win. */
    public SignalReport fromPartner(PartnerType type, String organisation) {
        return new SignalReport(type, organisation, partnerReference, initials, firstName, surnamePrefix, surname,
                dateOfBirth, street, houseNumber, houseNumberAddition, postcode, town, phone, email, amountCents,
                arrearsSince, signalDate, crisis, warmHandover, threat);
    }

    /** The address as one key: signals for the same key within the matching period stack in one signal case. */
    public String addressKey() {
        return addressKey(postcode, houseNumber, houseNumberAddition);
    }

    /** The partner's reference within its organisation: a pair is imported once. */
    public String referenceKey() {
        return referenceKey(partnerOrganisation, partnerReference);
    }

    public static String referenceKey(String organisation, String reference) {
        return organisationKey(organisation) + (char) 31 + reference;
    }

    /** An organisation as compared: "Woonzaam " and "woonzaam" are one partner. */
    public static String organisationKey(String organisation) {
        return organisation.trim().toLowerCase();
    }

    public static String addressKey(String postcode, int houseNumber, String addition) {
        String suffix = normalisedAddition(addition);
        return postcode + "-" + houseNumber + (suffix.isEmpty() ? "" : "-" + suffix);
    }

    /** An address key as a person reads it: {@code 1502AB-12-A} becomes {@code 1502 AB 12 A}. */
    public static String readableAddress(String addressKey) {
        String[] parts = addressKey.split("-", 3);
        String postcode = parts[0].length() == 6 ? parts[0].substring(0, 4) + " " + parts[0].substring(4) : parts[0];
        return String.join(" ", postcode, parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "").trim();
    }

    /** A house-number addition as compared: upper case, letters and digits only ("a", "-A " and "A" are alike). */
    public static String normalisedAddition(String addition) {
        return addition == null ? "" : NOT_ALPHANUMERIC.matcher(addition.trim().toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
