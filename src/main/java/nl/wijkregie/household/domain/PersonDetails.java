package nl.wijkregie.household.domain;

import java.time.LocalDate;

/** What is recorded about a new member: identity, role and how to reach them. */
public record PersonDetails(String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth,
                            String bsn, MemberRole role, ContactDetails contact) {

    public PersonDetails {
        role = role == null ? MemberRole.OTHER_ADULT : role;
        contact = contact == null ? ContactDetails.NONE : contact;
    }

    public PersonDetails(String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth, String bsn) {
        this(firstName, surnamePrefix, surname, dateOfBirth, bsn, null, null);
    }
}
