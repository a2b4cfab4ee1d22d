package nl.wijkregie.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.wijkregie.shared.RuleViolationException;

/**
 * Dates in query parameters (JJJJ-MM-DD): the form is checked by {@link #PATTERN} on the parameter (400 naming it);
 * a well-formed date that does not exist, such as 30 February, is a 422 here.
 */
public final class QueryDates {

    public static final String PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    private QueryDates() {
    }

    public static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("date", value + " is geen bestaande datum");
        }
    }
}
