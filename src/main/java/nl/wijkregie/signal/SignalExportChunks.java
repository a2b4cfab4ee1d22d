package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.signal.domain.DdasDelivery;
import nl.wijkregie.signal.domain.Signal;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import nl.wijkregie.signal.persistence.SignalCaseRepository.PagePosition;

/**
 * The reading side of {@link SignalExport}: one transaction per chunk of cases, which turns them into their DDAS JSON
 * and access-logs them as one batch. So however long a period's export takes, no transaction, connection, persistence
 * context or access-log stripe lock is held for longer than one chunk, and a chunk's entities are gone when it ends.
 */
@ApplicationScoped
public class SignalExportChunks {

    /** A chunk's signals and cases in delivery order, and where the next chunk starts. */
    public record Chunk(List<JsonObject> signals, List<JsonObject> cases, PagePosition last) {
    }

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    AccessLog accessLog;

    @Transactional
    public Chunk read(DdasDelivery delivery, LocalDate from, LocalDate to, Instant until, PagePosition after,
                      int size) {
        List<SignalCase> page = signalCases.matchedPage(from, to, until, after, size);
        Set<String> shared = signalCases.sharedDdasIds(page.stream().flatMap(c -> c.getSignals().stream())
                .map(Signal::getPartnerReference).collect(Collectors.toSet()), from, to, until);
        List<JsonObject> signals = new ArrayList<>();
        List<JsonObject> cases = new ArrayList<>(page.size());
        for (SignalCase signalCase : page) {
            signals.addAll(delivery.signalsOf(signalCase, shared));
            cases.add(delivery.caseOf(signalCase, shared));
        }
        accessLog.recordAll(AccessAction.EXPORT, AccessPurpose.EARLY_SIGNALLING,
                page.stream().map(SignalCaseService::subjectOf).toList());
        SignalCase last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new Chunk(signals, cases, last == null ? after : new PagePosition(last.getOpenedAt(), last.getId()));
    }
}
