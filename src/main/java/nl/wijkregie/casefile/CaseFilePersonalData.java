package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.PersonalDataSubjects;
import nl.wijkregie.casefile.persistence.CaseFileRepository;
import nl.wijkregie.household.HouseholdService;

/** For the access overview: a member's data is also logged under the cases of their household. */
@ApplicationScoped
public class CaseFilePersonalData implements PersonalDataSubjects {

    @Inject
    HouseholdService households;

    @Inject
    CaseFileRepository cases;

    @Override
    public Set<UUID> subjectsOf(UUID personId) {
        Set<UUID> subjects = new HashSet<>();
        households.householdOfMember(personId).ifPresent(h -> subjects.addAll(cases.caseIdsOfHousehold(h.value())));
        return subjects;
    }
}
