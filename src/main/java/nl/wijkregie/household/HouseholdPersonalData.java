package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.PersonalDataSubjects;
import nl.wijkregie.household.domain.Bsn;
import nl.wijkregie.household.persistence.HouseholdRepository;

/** For the access overview: a member's data is logged under their household; finds members by BSN. */
@ApplicationScoped
public class HouseholdPersonalData implements PersonalDataSubjects {

    @Inject
    HouseholdRepository households;

    @Override
    public Set<UUID> subjectsOf(UUID personId) {
        return households.householdOfMember(personId).map(Set::of).orElse(Set.of());
    }

    @Override
    public List<UUID> personsWithBsn(String bsn) {
        return Bsn.isValid(bsn) ? households.membersWithBsn(Bsn.normalise(bsn)) : List.of();
    }
}
