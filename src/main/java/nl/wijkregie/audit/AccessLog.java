package nl.wijkregie.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.wijkregie.audit.domain.AccessLogEntry;
import nl.wijkregie.audit.domain.ChainAnchor;
import nl.wijkregie.audit.domain.ChainHead;
import nl.wijkregie.audit.persistence.AccessLogRepository;
import nl.wijkregie.audit.persistence.AnchorFiles;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.Ids;

/**
 * Writes and verifies access-log entries. Callers name the subjects and purpose; who, when and through which endpoint
 * is taken from the request. Must be called inside the transaction of the access itself ({@code MANDATORY}).
 */
@ApplicationScoped
public class AccessLog {

    /** The chains in access_log_chain; the check access_log_stripe_known (V009) allows exactly these. */
    public static final int STRIPES = 16;
    private static final String STRIPE_KEY = AccessLog.class.getName() + ".stripe";

    @Inject
    AccessLogRepository repository;

    @Inject
    CurrentUser currentUser;

    @Inject
    AnchorFiles anchorFiles;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AccessAction action, AccessPurpose purpose, AccessedSubject subject) {
        recordAll(action, purpose, List.of(subject));
    }

    /** One entry per subject, all in one chain stripe so the stripe's row lock is taken once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(AccessAction action, AccessPurpose purpose, List<AccessedSubject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        append(new Actor(currentUser.userId(), currentUser.actingRole(), currentUser.requestSource()), action,
                purpose, subjects);
    }

    /**
     * For work outside an HTTP request (background imports, timers): the actor is named by the caller, e.g. the user
     * who uploaded a batch or {@link Actor#system(String)} for a process step.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(Actor actor, AccessAction action, AccessPurpose purpose, List<AccessedSubject> subjects) {
        if (subjects.isEmpty()) {
            return;
        }
        append(actor, action, purpose, subjects);
    }

    private void append(Actor actor, AccessAction action, AccessPurpose purpose, List<AccessedSubject> subjects) {
        ChainHead head = repository.lockHead(stripeOfThisTransaction());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String userId = actor.userId();
        String role = actor.role();
        String source = actor.source();
        List<AccessLogEntry> entries = new ArrayList<>(subjects.size());
        for (AccessedSubject subject : subjects) {
            entries.add(AccessLogEntry.chained(head, Ids.newId(), now, action, "SUCCESS", userId, role,
                    subject.teamId(), purpose, subject.type(), subject.id(), source));
        }
        repository.appendAll(head, entries);
    }

    /**
     * One stripe per transaction, chosen at random: a transaction that logs twice takes only one stripe lock, so two
     * transactions never wait for each other's second stripe (a deadlock), and parallel imports rarely share one.
     */
    private int stripeOfThisTransaction() {
        Object chosen = transactions.getResource(STRIPE_KEY);
        if (chosen == null) {
            chosen = ThreadLocalRandom.current().nextInt(STRIPES);
            transactions.putResource(STRIPE_KEY, chosen);
        }
        return (Integer) chosen;
    }

    /** Recomputes every chain and checks it against the anchors kept outside the database. */
    @Transactional
    public ChainVerification verify() {
        return repository.verifyChains(anchorFiles.readAll());
    }

    /** Writes every chain's head to a new anchor file outside the database (ADR 0017). */
    @Transactional
    public Anchoring anchor() {
        List<ChainAnchor> anchors = repository.heads().stream().map(ChainAnchor::of).toList();
        Instant at = clock.instant();
        String file = anchorFiles.write(at, anchors);
        return new Anchoring(at, file, anchors.size(), anchors.stream().mapToLong(ChainAnchor::sequence).sum());
    }
}
