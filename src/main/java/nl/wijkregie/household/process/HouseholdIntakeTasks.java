package nl.wijkregie.household.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.security.CurrentUser;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.persistence.HouseholdRepository;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.TaskSubjects;

/** Labels intake tasks with the household's name in the inbox, and logs that the name was shown. */
@ApplicationScoped
public class HouseholdIntakeTasks implements TaskSubjects {

    @Inject
    HouseholdRepository households;

    @Inject
    AccessLog accessLog;

    @Inject
    Event<HouseholdEvents.IntakePlanned> intakePlanned;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    public boolean handles(String processKey) {
        return HouseholdIntakeProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        List<UUID> ids = businessKeys.stream().map(UUID::fromString).toList();
        Map<String, TaskSubject> labels = new HashMap<>();
        List<AccessedSubject> accessed = new ArrayList<>();
        for (Object[] row : households.labelsOf(ids)) {
            UUID id = (UUID) row[0];
            labels.put(id.toString(), new TaskSubject(id, (String) row[1], TaskSubject.Type.HOUSEHOLD));
            accessed.add(new AccessedSubject(SubjectType.HOUSEHOLD, id, (UUID) row[2]));
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.TASK_HANDLING, accessed);
        return labels;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void taskCompleted(String businessKey, String taskName) {
        UUID id = UUID.fromString(businessKey);
        households.labelsOf(List.of(id)).forEach(row -> accessLog.record(AccessAction.UPDATE,
                AccessPurpose.TASK_HANDLING, new AccessedSubject(SubjectType.HOUSEHOLD, id, (UUID) row[2])));
        intakePlanned.fire(new HouseholdEvents.IntakePlanned(id, currentUser.userId(), clock.instant()));
    }
}
