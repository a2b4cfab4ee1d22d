package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.PersonalDataSubjects;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.signal.persistence.SignalCaseRepository;

/** For the access overview: a member's data is also logged under the signal cases of their household. */
@ApplicationScoped
public class SignalPersonalData implements PersonalDataSubjects {

    @Inject
    HouseholdService households;

    @Inject
    SignalCaseRepository signalCases;

    @Override
    public Set<UUID> subjectsOf(UUID personId) {
        Set<UUID> subjects = new HashSet<>();
        households.householdOfMember(personId).ifPresent(household -> subjects.addAll(
                signalCases.idsOfHousehold(household.value())));
        return subjects;
    }
}
