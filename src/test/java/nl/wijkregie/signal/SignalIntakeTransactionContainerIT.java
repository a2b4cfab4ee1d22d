package nl.wijkregie.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalReport;
import nl.wijkregie.signal.domain.Threat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transaction boundaries, in the container: taking in a signal writes the signal case (JPA), starts its outreach
 * process (the engine) and logs the access (the access log) in the caller's one JTA transaction, so they commit or
 * roll back together. Black-box HTTP cannot roll a request's transaction back after it did its work.
 */
@ExtendWith(ArquillianExtension.class)
class SignalIntakeTransactionContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(SignalIntakeTransactionContainerIT.class);
    }

    @Inject
    SignalIntake intake;

    @Inject
    UserTransaction transaction;

    @Test
    void theSignalCaseItsProcessAndItsAccessLogEntryRollBackTogether() throws Exception {
        SignalReport report = report();

        transaction.begin();
        UUID caseId;
        try {
            caseId = receive(report);
            assertEquals(1, processes(caseId), "inside the transaction the engine has started the process");
        } finally {
            transaction.rollback();
        }

        assertEquals(0, signals(report), "signal");
        assertEquals(0, ContainerDeployment.count("select count(*) from wijkregie.signal_case where id = ?", caseId),
                "signal case");
        assertEquals(0, processes(caseId), "process instance");
        assertEquals(0, accessLogEntries(caseId), "access log entry");
    }

    /** The same work committed: all three are there, so the queries above look in the right places. */
    @Test
    void theSignalCaseItsProcessAndItsAccessLogEntryCommitTogether() throws Exception {
        SignalReport report = report();

        transaction.begin();
        UUID caseId;
        try {
            caseId = receive(report);
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        transaction.commit();

        assertEquals(1, signals(report), "signal");
        assertEquals(1, ContainerDeployment.count("select count(*) from wijkregie.signal_case where id = ?", caseId),
                "signal case");
        assertEquals(1, processes(caseId), "process instance");
        assertEquals(1, accessLogEntries(caseId), "access log entry");
    }

    private UUID receive(SignalReport report) {
        List<SignalIntake.Outcome> outcomes = intake.receive(List.of(new SignalIntake.Incoming(report, null, null,
                null)), Actor.system("SignalIntakeTransactionContainerIT"));
        assertEquals(SignalIntake.Outcome.Kind.IMPORTED, outcomes.get(0).kind(), outcomes.get(0).toString());
        return outcomes.get(0).signalCaseId();
    }

    private static long signals(SignalReport report) {
        return ContainerDeployment.count("select count(*) from wijkregie.signal where partner_reference = ?",
                report.partnerReference());
    }

    private static long processes(UUID caseId) {
        return ContainerDeployment.count("select count(*) from camunda.act_hi_procinst where business_key_ = ?",
                caseId.toString());
    }

    private static long accessLogEntries(UUID caseId) {
        return ContainerDeployment.count("select count(*) from wijkregie.access_log where subject_id = ?", caseId);
    }

    static SignalReport report() {
        Random random = new Random();
        String postcode = (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        LocalDate today = LocalDate.now();
        return new SignalReport(PartnerType.HUUR, "Woonzaam", "container-" + UUID.randomUUID(), "J.", null, "van",
                "Dijk", LocalDate.of(1980, 1, 1), "Containerstraat", 1 + random.nextInt(200), null, postcode,
                "Zaandam", null, null, 45000, today.minusMonths(3), today.minusDays(1), false, false, Threat.GEEN);
    }
}
