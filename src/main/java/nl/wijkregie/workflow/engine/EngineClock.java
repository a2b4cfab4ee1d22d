package nl.wijkregie.workflow.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.wijkregie.shared.ClockProducer;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Keeps the engine's clock (timers, due dates) on the application's clock when that is shifted. */
@ApplicationScoped
public class EngineClock {

    @Inject
    ProcessEngineBootstrap bootstrap;

    void follow(@Observes ClockProducer.ClockShifted shifted) {
        ClockUtil.offset(shifted.offset().toMillis());
        if (bootstrap.isRunning() && bootstrap.engine() instanceof ProcessEngineImpl engine) {
            engine.getProcessEngineConfiguration().getJobExecutor().jobWasAdded();
        }
    }
}
