package nl.wijkregie.household.domain;

import java.time.LocalDate;

/** What is recorded about a new member. */
public record PersonDetails(String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth,
                            String bsn) {
}
