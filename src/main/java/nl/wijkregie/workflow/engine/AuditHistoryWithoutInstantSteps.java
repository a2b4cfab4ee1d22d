package nl.wijkregie.workflow.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevelAudit;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmScope;

/**
 * Camunda's "audit" history without the activity instances of plain start events and gateways. Those steps take no
 * time and decide nothing a person did: the process instance's start time and the next step in its history tell the
 * same. Leaving them out saves two of the ten rows a started vroegsignalering instance writes, which counts when a
 * monthly list starts tens of thousands of them. Every task, service task, timer and end event keeps its history.
 * <p>
 * It keeps audit's id (2) on purpose: it writes a subset of what audit writes into the same tables, and the engine
 * compares only that id with the one stored in the database, so a database started with plain audit keeps working.
 */
final class AuditHistoryWithoutInstantSteps extends HistoryLevelAudit {

    static final String NAME = "audit-without-instant-steps";
    private static final Set<String> INSTANT_ACTIVITY_TYPES = Set.of("startEvent", "exclusiveGateway",
            "inclusiveGateway", "parallelGateway");

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (isActivityInstanceEvent(eventType) && entity instanceof ExecutionEntity execution
                && isInstant(execution)) {
            return false;
        }
        return super.isHistoryEventProduced(eventType, entity);
    }

    private static boolean isActivityInstanceEvent(HistoryEventType eventType) {
        return eventType == HistoryEventTypes.ACTIVITY_INSTANCE_START
                || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE
                || eventType == HistoryEventTypes.ACTIVITY_INSTANCE_END;
    }

    /** The activity the engine's history producer would name in the event (the same lookup it does). */
    private static boolean isInstant(ExecutionEntity execution) {
        PvmScope activity = execution.getActivity();
        if (activity == null && execution.getEventSource() instanceof PvmScope source) {
            activity = source;
        }
        return activity != null && INSTANT_ACTIVITY_TYPES.contains((String) activity.getProperty("type"));
    }
}
