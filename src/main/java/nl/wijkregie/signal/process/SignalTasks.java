package nl.wijkregie.signal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.FormCompletedTasks;

/**
 * Labels "Contact leggen" tasks in the team inbox with the signal case's address, and keeps the inbox from completing
 * them: the end result is recorded on the signal case page, which completes the task itself.
 */
@ApplicationScoped
public class SignalTasks extends FormCompletedTasks {

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    AccessLog accessLog;

    @Override
    public boolean handles(String processKey) {
        return SignalProcess.KEY.equals(processKey);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> describe(Collection<String> businessKeys) {
        List<UUID> ids = businessKeys.stream().map(UUID::fromString).toList();
        Map<String, TaskSubject> labels = new HashMap<>();
        List<AccessedSubject> accessed = new ArrayList<>();
        for (Object[] row : signalCases.labelsOf(ids)) {
            UUID id = (UUID) row[0];
            labels.put(id.toString(), new TaskSubject(id, "Vroegsignaal " + SignalReport.readableAddress((String) row[1]),
                    TaskSubject.Type.SIGNAL_CASE));
            accessed.add(new AccessedSubject(SubjectType.SIGNAL_CASE, id, (UUID) row[2]));
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.TASK_HANDLING, accessed);
        return labels;
    }
}
