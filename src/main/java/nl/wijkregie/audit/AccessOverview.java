package nl.wijkregie.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.audit.persistence.AccessLogRepository;
import nl.wijkregie.shared.NotFoundException;

/**
 * A resident's right to know who looked at their data (AVG art. 15, NEN 7513): every logged access to the person, to
 * the household they belong to and to its cases, oldest first. Producing the overview is itself logged, afterwards,
 * so it does not appear in the overview it produces.
 */
@ApplicationScoped
public class AccessOverview {

    /** The person the overview is about, and what was logged. */
    public record PersonOverview(List<UUID> personIds, List<AccessRecord> accesses) {
    }

    @Inject
    Instance<PersonalDataSubjects> modules;

    @Inject
    AccessLogRepository repository;

    @Inject
    AccessLog accessLog;

    @Transactional
    public PersonOverview ofPerson(UUID personId) {
        return overview(List.of(personId));
    }

    @Transactional
    public PersonOverview ofBsn(String bsn) {
        Set<UUID> persons = new LinkedHashSet<>();
        modules.forEach(module -> persons.addAll(module.personsWithBsn(bsn)));
        if (persons.isEmpty()) {
            throw new NotFoundException("Persoon met BSN", "(niet getoond)");
        }
        return overview(List.copyOf(persons));
    }

    private PersonOverview overview(List<UUID> personIds) {
        Set<UUID> subjects = new LinkedHashSet<>(personIds);
        boolean known = false;
        for (UUID person : personIds) {
            for (PersonalDataSubjects module : modules) {
                Set<UUID> found = module.subjectsOf(person);
                known |= !found.isEmpty();
                subjects.addAll(found);
            }
        }
        if (!known) {
            throw new NotFoundException("Persoon", personIds.get(0));
        }
        List<AccessRecord> accesses = repository.accessesTo(subjects);
        accessLog.recordAll(AccessAction.EXPORT, AccessPurpose.PRIVACY_REQUEST, personIds.stream()
                .map(id -> new AccessedSubject(SubjectType.MEMBER, id, null)).toList());
        return new PersonOverview(personIds, accesses);
    }
}
