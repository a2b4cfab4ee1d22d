package nl.wijkregie.household;

/**
 * A household search: by name (any part of first name or surname, ignoring case, diacritics and surname prefixes), by
 * postcode and house number, or by exact BSN. Criteria given together must all match.
 */
public record HouseholdQuery(String name, String postcode, Integer houseNumber, String bsn) {

    public boolean isEmpty() {
        return isBlank(name) && isBlank(postcode) && houseNumber == null && isBlank(bsn);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
