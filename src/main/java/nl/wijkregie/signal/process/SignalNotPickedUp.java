package nl.wijkregie.signal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Closes a signal case that triage did not pick up, so it leaves the inbox with a DDAS end result. */
@Named("signalNotPickedUp")
@ProcessDelegate
@ApplicationScoped
public class SignalNotPickedUp implements JavaDelegate {

    @Inject
    SignalCaseService signalCases;

    @Override
    public void execute(DelegateExecution execution) {
        signalCases.closeNotPickedUp(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
