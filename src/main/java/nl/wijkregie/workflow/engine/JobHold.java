package nl.wijkregie.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Devtools only (issue 21, a node killed during a timer job): holds this node's engine thread right after a chosen
 * service task ran in one process instance — its side effects done, the job's transaction not yet committed and the job still locked by this
 * node — so a test can kill the node at exactly that point instead of hoping a sleep hits it. Armed only through the
 * devtools endpoint (which exists only with devtools on); while nothing is armed the listener returns at once.
 */
@ApplicationScoped
public class JobHold {

    /** A held thread goes on by itself after this, so a forgotten hold cannot block a node for good. */
    private static final long MAX_HOLD_NANOS = TimeUnit.MINUTES.toNanos(5);

    private volatile String armedActivity;
    private volatile String armedBusinessKey;
    private final List<String> held = new ArrayList<>();

    /** Holds the job of the process instance with this business key once it has run {@code activityId}. */
    public synchronized void arm(String activityId, String businessKey) {
        armedActivity = activityId;
        armedBusinessKey = businessKey;
    }

    /** Lets every held thread go on (its job then commits as usual) and holds nothing more. */
    public synchronized void release() {
        armedActivity = null;
        armedBusinessKey = null;
        notifyAll();
    }

    public String armedActivity() {
        return armedActivity;
    }

    /** The business keys of the process instances whose jobs are held now. */
    public synchronized List<String> held() {
        return List.copyOf(held);
    }

    void afterActivity(DelegateExecution execution) throws InterruptedException {
        String activity = execution.getCurrentActivityId();
        if (armedActivity == null || !armedActivity.equals(activity)) {
            return;
        }
        String businessKey = execution.getProcessBusinessKey();
        if (!businessKey.equals(armedBusinessKey)) {
            return;
        }
        synchronized (this) {
            held.add(businessKey);
            try {
                long deadline = System.nanoTime() + MAX_HOLD_NANOS;
                while (activity.equals(armedActivity) && businessKey.equals(armedBusinessKey) && System.nanoTime() < deadline) {
                    TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
                }
            } finally {
                held.remove(businessKey);
            }
        }
    }

    /** Adds the hold as an end listener to every service task of the models parsed from now on. */
    AbstractBpmnParseListener parseListener() {
        ExecutionListener listener = this::afterActivity;
        return new AbstractBpmnParseListener() {
            @Override
            public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
                activity.addListener(ExecutionListener.EVENTNAME_END, listener);
            }
        };
    }
}
