package nl.wijkregie.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A household as other modules see it (the case file shows it): read-only, no BSN. Handing one out is not logged
 * here; the module that shows it logs its own access.
 */
public record HouseholdView(UUID id, String displayName, UUID teamId, String street, int houseNumber,
                            String houseNumberAddition, String postcode, String town, String wijkCode,
                            String buurtCode, List<MemberView> members) {

    public record MemberView(UUID id, String firstName, String surnamePrefix, String surname, LocalDate dateOfBirth,
                             String role, LocalDate joinedOn, LocalDate leftOn, String preferredLanguage,
                             boolean interpreterNeeded) {
    }

    public boolean hasMember(UUID memberId) {
        return members.stream().anyMatch(m -> m.id().equals(memberId));
    }
}
