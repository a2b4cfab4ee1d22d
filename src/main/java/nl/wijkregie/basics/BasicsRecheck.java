package nl.wijkregie.basics;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.RecheckRun;
import nl.wijkregie.basics.persistence.BasicsRepository;
import nl.wijkregie.workflow.Workflow;

/**
 * Re-checks all open cases in the background when the rules changed (a new version of a table, another income
 * threshold): at start-up when the rules differ from those of the last run, or when an administrator asks. It streams
 * the open cases by id in chunks, one transaction each, and saves the last case done with every chunk, so memory stays
 * flat whatever the number of cases, progress can be shown, and a run cut off by a restart continues where it
 * stopped. The old results stay: a re-check appends.
 */
@ApplicationScoped
public class BasicsRecheck {

    private static final Logger LOG = Logger.getLogger(BasicsRecheck.class.getName());
    /** After the engine (ProcessEngineBootstrap, 200) has deployed the tables. */
    private static final int STARTUP_ORDER = 300;

    @Inject
    BasicsRepository repository;

    @Inject
    BasicsChecks checks;

    @Inject
    BasicsPolicy policy;

    @Inject
    AccessLog accessLog;

    @Inject
    Workflow workflow;

    @Inject
    Clock clock;

    @Inject
    BasicsRecheck self;

    @Resource
    ManagedExecutorService executor;

    /** The progress of a run: how many of the open cases are checked, and whether it finished. */
    public record Progress(RecheckRun run, long openCases) {
    }

    void atStartup(@Observes @Priority(STARTUP_ORDER) @Initialized(ApplicationScoped.class) Object event) {
        try {
            self.startIfRulesChanged().ifPresent(this::runInBackground);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Basics re-check not started; it is tried again at the next start", e);
        }
    }

    /** The run to (continue to) execute: a new one when the rules changed, the unfinished one otherwise. */
    @Transactional
    public Optional<UUID> startIfRulesChanged() {
        String rules = checks.rules();
        Optional<RecheckRun> latest = repository.latestRun();
        if (latest.isPresent() && latest.get().getRules().equals(rules)) {
            return latest.get().getFinishedAt() == null ? Optional.of(latest.get().getId()) : Optional.empty();
        }
        RecheckRun run = new RecheckRun(rules, clock.instant(), "systeem");
        repository.add(run);
        return Optional.of(run.getId());
    }

    /** An administrator starts a re-check of all open cases under the rules in force now. */
    @Transactional
    public RecheckRun start(String userId) {
        RecheckRun run = new RecheckRun(checks.rules(), clock.instant(), userId);
        repository.add(run);
        return run;
    }

    public void runInBackground(UUID runId) {
        executor.execute(() -> runToEnd(runId));
    }

    /** Chunk after chunk until no open case is left after the last one done. */
    public void runToEnd(UUID runId) {
        try {
            while (self.nextChunk(runId)) {
                // one transaction per chunk
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Basics re-check " + runId + " stopped; it continues at the next start", e);
        }
    }

    /** Checks the next chunk of open cases; false when the run is done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean nextChunk(UUID runId) {
        RecheckRun run = repository.runForUpdate(runId).orElseThrow();
        if (run.getFinishedAt() != null) {
            return false;
        }
        List<CheckedCase> cases = repository.openCasesAfter(run.getLastCase(), policy.recheckChunkSize());
        if (cases.isEmpty()) {
            run.finish(clock.instant());
            return false;
        }
        checks.check(cases, CheckResult.Trigger.NEW_RULES, clock.instant(), LocalDate.now(clock), "systeem");
        accessLog.recordAll(Actor.system("basics-recheck " + runId), AccessAction.UPDATE, AccessPurpose.CASEWORK,
                cases.stream().map(c -> new AccessedSubject(SubjectType.CASE, c.getCaseId(), c.getTeamId())).toList());
        run.chunkDone(cases.get(cases.size() - 1).getCaseId(), cases.size());
        return true;
    }

    @Transactional
    public Progress progress(UUID runId) {
        RecheckRun run = repository.run(runId).orElseThrow(() -> new nl.wijkregie.shared.NotFoundException(
                "Hertoetsing", runId));
        return new Progress(run, repository.countOpenCases());
    }
}
