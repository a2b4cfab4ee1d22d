package nl.wijkregie.signal.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import nl.wijkregie.signal.SignalCaseService;
import nl.wijkregie.workflow.ProcessDelegate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The resident accepted help: the household's case file is opened or extended with debt help. */
@Named("signalDebtHelp")
@ProcessDelegate
@ApplicationScoped
public class SignalDebtHelp implements JavaDelegate {

    @Inject
    SignalCaseService signalCases;

    @Override
    public void execute(DelegateExecution execution) {
        signalCases.startDebtHelp(UUID.fromString(execution.getProcessBusinessKey()));
    }
}
