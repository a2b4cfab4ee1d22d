package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.PersonalDataSubjects;
import nl.wijkregie.household.HouseholdService;

/** For the access overview: a member's data is also logged under the signal cases of their household. */
@ApplicationScoped
public class SignalPersonalData implements PersonalDataSubjects {

    @Inject
    HouseholdService households;

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    @Override
    public Set<UUID> subjectsOf(UUID personId) {
        Set<UUID> subjects = new HashSet<>();
        households.householdOfMember(personId).ifPresent(household -> subjects.addAll(em.createQuery(
                        "select c.id from SignalCase c where c.householdId = :household", UUID.class)
                .setParameter("household", household).getResultList()));
        return subjects;
    }
}
