package nl.wijkregie.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.wijkregie.audit.persistence.AccessLogRepository;
import nl.wijkregie.audit.persistence.AccessLogRepository.Positioned;
import nl.wijkregie.shared.NotFoundException;

/**
 * A resident's right to know who looked at their data (AVG art. 15, NEN 7513): every logged access to the person, to
 * the household they belong to and to its cases, oldest first. A history can be of any length, so the screen gets the
 * first {@value #LISTED} with the total, and the CSV export streams all of it page by page, each page in a
 * transaction of its own. Producing the overview is itself logged, afterwards, so it does not appear in the overview
 * it produces.
 */
@ApplicationScoped
public class AccessOverview {

    /** Accesses on the screen at most; the export has them all. */
    public static final int LISTED = 1_000;

    static final int EXPORT_PAGE = 1_000;

    /** The person the overview is about, the first {@value #LISTED} accesses, and how many were logged in all. */
    public record PersonOverview(List<UUID> personIds, List<AccessRecord> accesses, long total) {
    }

    /** Writes every access of an overview to a sink, oldest first, while the download goes out. */
    @FunctionalInterface
    public interface AccessExport {
        void writeTo(Consumer<AccessRecord> sink);
    }

    @Inject
    Instance<PersonalDataSubjects> modules;

    @Inject
    AccessLogRepository repository;

    @Inject
    AccessLog accessLog;

    @Inject
    AccessOverview self;

    @Inject
    Clock clock;

    @Transactional
    public PersonOverview ofPerson(UUID personId) {
        return overview(List.of(personId));
    }

    @Transactional
    public PersonOverview ofBsn(String bsn) {
        return overview(personsWithBsn(bsn));
    }

    @Transactional
    public AccessExport exportOfPerson(UUID personId) {
        return export(List.of(personId));
    }

    @Transactional
    public AccessExport exportOfBsn(String bsn) {
        return export(personsWithBsn(bsn));
    }

    /** One page of an export, in a transaction of its own. */
    @Transactional
    public List<Positioned> accessesAfter(Set<UUID> subjects, Instant until, AccessLogRepository.Position after) {
        return repository.accessesTo(subjects, until, after, EXPORT_PAGE);
    }

    private PersonOverview overview(List<UUID> personIds) {
        Set<UUID> subjects = subjectsOf(personIds);
        Instant until = clock.instant();
        List<AccessRecord> accesses = repository.accessesTo(subjects, until, null, LISTED).stream()
                .map(Positioned::record).toList();
        long total = accesses.size() < LISTED ? accesses.size() : repository.countAccessesTo(subjects, until);
        logExport(personIds);
        return new PersonOverview(personIds, accesses, total);
    }

    private AccessExport export(List<UUID> personIds) {
        Set<UUID> subjects = subjectsOf(personIds);
        Instant until = clock.instant(); // what was logged before this request: not the export's own entry
        logExport(personIds);
        return sink -> {
            AccessLogRepository.Position after = null;
            for (List<Positioned> page = self.accessesAfter(subjects, until, null); !page.isEmpty();
                 page = self.accessesAfter(subjects, until, after)) {
                page.forEach(access -> sink.accept(access.record()));
                after = page.get(page.size() - 1).position();
            }
        };
    }

    private List<UUID> personsWithBsn(String bsn) {
        Set<UUID> persons = new LinkedHashSet<>();
        modules.forEach(module -> persons.addAll(module.personsWithBsn(bsn)));
        if (persons.isEmpty()) {
            throw new NotFoundException("Persoon met BSN", "(niet getoond)");
        }
        return List.copyOf(persons);
    }

    private Set<UUID> subjectsOf(List<UUID> personIds) {
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
        return subjects;
    }

    private void logExport(List<UUID> personIds) {
        accessLog.recordAll(AccessAction.EXPORT, AccessPurpose.PRIVACY_REQUEST, personIds.stream()
                .map(id -> new AccessedSubject(SubjectType.MEMBER, id, null)).toList());
    }
}
