package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.ImportRun;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.storage.StoredFile;
import nl.wijkregie.shared.storage.StoredFiles;
import nl.wijkregie.waitinglist.domain.ImportRowOutcome;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.MessageRow;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.ReferralMessage;
import nl.wijkregie.waitinglist.domain.Source;
import nl.wijkregie.waitinglist.persistence.MessageRepository;
import nl.wijkregie.waitinglist.persistence.WaitingListRepository;

/**
 * The stored import's transactions: storing the upload, starting a run under its lease, and one transaction per chunk
 * of rows: duplicates found by key in one query, members by BSN in one query,
 * then each event matched to the open referral of that member for its product and provider and applied as if
 * entered by hand, with source MESSAGE.
 */
@ApplicationScoped
public class ReferralMessageChunks {

    static final String UNKNOWN_BSN = "BSN niet bekend als inwoner van deze gemeente";
    static final String UNKNOWN_PROVIDER = "Geen aanbieder met deze AGB-code in het register";
    static final String NO_REFERRAL = "Geen lopende verwijzing voor dit gezinslid, product en deze aanbieder";

    @Inject
    WaitingListRepository referrals;

    @Inject
    MessageRepository messages;

    @Inject
    StoredFiles files;

    @Inject
    WaitingListService service;

    @Inject
    ResidentDirectory residents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** What the administrator reads when an import breaks off: the cause may hold data, so it stays in the log. */
    static final String FAILURE_SHOWN = "De verwerking is afgebroken door een technische storing. Hervat de import;"
            + " gaat het opnieuw mis, neem dan contact op met de beheerder van Wijkregie.";

    /** The run lost its import to another (its lease expired); its chunk is rolled back and it stops. */
    public static class LeaseLost extends RuntimeException {
        LeaseLost(UUID importId) {
            super("the run no longer holds import " + importId);
        }
    }

    /**
     * What a run needs of its import, read once at its start; {@code run} holds the import, and each lane resumes
     * after its {@code rowsDonePerLane} committed rows.
     */
    public record Plan(UUID run, Duration lease, UUID fileId, int[] rowsDonePerLane, Actor actor) {

        public int lanes() {
            return rowsDonePerLane.length;
        }
    }

    /**
     * Stores the upload as it streams in (at most {@code maxBytes}) and checks it by reading it back with
     * {@code countRows}, which throws when the file is refused: then nothing is kept. Its import starts after the
     * commit.
     */
    @Transactional
    public MessageImport store(InputStream body, String fileName, long maxBytes, ToIntFunction<InputStream> countRows,
                               int lanes) {
        StoredFile file = files.store(body, maxBytes);
        int rowsTotal = countRows.applyAsInt(files.open(file.id()));
        MessageImport run = MessageImport.received(fileName, currentUser.userId(), currentUser.actingRole(),
                rowsTotal, lanes, clock.instant());
        messages.add(run, file.id());
        return run;
    }

    /**
     * Starts a run of the import on {@code node}, unless it is done or another live run holds it (empty then). The
     * import row stays locked until this commits, so two nodes that start it at once go one after the other and the
     * second finds it held.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Plan> begin(UUID importId, String node, Duration lease, boolean nodeRestarted) {
        MessageImport run = messages.importForUpdate(importId).orElse(null);
        if (run == null || run.getStatus() == ImportRun.Status.DONE) {
            return Optional.empty();
        }
        UUID fileId = messages.file(importId).orElseThrow(() -> new RuleViolationException("import-file-gone",
                "Het bestand van deze import is er niet meer (bewaartermijn); upload het opnieuw"));
        Optional<UUID> runId = run.start(node, clock.instant(), lease, nodeRestarted);
        if (runId.isEmpty()) {
            return Optional.empty();
        }
        Actor actor = new Actor(run.getStartedBy(), run.getStartedRole() == null ? Roles.ADMIN
                : run.getStartedRole(), "POST /api/v1/referral-messages/imports/" + importId);
        return Optional.of(new Plan(runId.get(), lease, fileId, messages.rowsDonePerLane(importId, run.getLanes()),
                actor));
    }

    /**
     * One chunk of one lane in one transaction: its events, its row report and the counts of the import and the lane
     * commit together, which is what makes a resumed import exact (each lane skips exactly the rows of its committed
     * chunks). Lanes never share a person (ADR 0034), so their chunks touch different referrals.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void process(UUID importId, int lane, Plan plan, List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        int applied = 0;
        int unchanged = 0;
        int unmatched = 0;
        int rejected = 0;
        int duplicates = 0;
        List<MessageRow> valid = rows.stream().filter(MessageRow::valid).toList();
        Map<MessageRow, String> keys = new java.util.IdentityHashMap<>(valid.size());
        valid.forEach(row -> keys.put(row, row.key()));
        Set<String> known = messages.existingKeys(keys.values());
        Map<String, ResidentDirectory.Resident> byBsn = residents.residentsWithBsn(valid.stream()
                .map(MessageRow::bsn).distinct().toList());
        Map<String, Provider> providers = referrals.providers().stream()
                .collect(Collectors.toMap(Provider::getAgbCode, p -> p));
        Map<String, List<Referral>> candidates = referrals.referralsMatching(valid.stream()
                        .filter(row -> byBsn.containsKey(row.bsn()) && providers.containsKey(row.agbCode()))
                        .map(row -> new WaitingListRepository.MatchKey(byBsn.get(row.bsn()).memberId(),
                                row.productCode(), providers.get(row.agbCode()).getId()))
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.groupingBy(r -> r.getMemberId() + "/" + r.getProductCode() + "/"
                        + r.getProviderId(), java.util.LinkedHashMap::new, Collectors.toList()));
        Set<String> seen = new java.util.HashSet<>();
        List<AccessedSubject> touched = new ArrayList<>();
        List<ReferralMessage> received = new ArrayList<>(valid.size());
        List<ImportRowOutcome> report = new ArrayList<>();
        WaitingListService.Applied events = new WaitingListService.Applied();
        for (MessageRow row : rows) {
            if (!row.valid()) {
                report.add(new ImportRowOutcome(importId, row.rowNumber(), "REJECTED", String.join("; ",
                        row.problems())));
                rejected++;
                continue;
            }
            String key = keys.get(row);
            if (known.contains(key) || !seen.add(key)) {
                report.add(new ImportRowOutcome(importId, row.rowNumber(), "DUPLICATE",
                        "Dit bericht is al ontvangen"));
                duplicates++;
                continue;
            }
            Outcome outcome = match(row, byBsn.get(row.bsn()), providers.get(row.agbCode()), candidates, events);
            received.add(new ReferralMessage(importId, row, key, outcome.status(), outcome.reason(),
                    outcome.referral() == null ? null : outcome.referral().getId(),
                    outcome.referral() == null ? null : outcome.referral().getTeamId(), now));
            if (outcome.reason() != null) {
                report.add(new ImportRowOutcome(importId, row.rowNumber(), outcome.status().name(),
                        outcome.reason()));
            }
            if (outcome.referral() != null) {
                touched.add(new AccessedSubject(SubjectType.MEMBER, outcome.referral().getMemberId(),
                        outcome.referral().getTeamId()));
            }
            switch (outcome.status()) {
                case APPLIED -> applied++;
                case UNCHANGED -> unchanged++;
                case UNMATCHED -> unmatched++;
                case REJECTED -> rejected++;
            }
        }
        service.fire(events);
        messages.addAll(received, report);
        accessLog.recordAll(plan.actor(), AccessAction.UPDATE, AccessPurpose.CASEWORK,
                touched.stream().distinct().toList());
        if (!messages.countChunk(importId, plan.run(), lane, new MessageRepository.ChunkTally(rows.size(), applied,
                unchanged, unmatched, rejected, duplicates), now.plus(plan.lease()))) {
            throw new LeaseLost(importId);
        }
    }

    private record Outcome(ReferralMessage.Status status, String reason, Referral referral) {
    }

    private Outcome match(MessageRow row, ResidentDirectory.Resident resident, Provider provider,
                          Map<String, List<Referral>> referralsByKey, WaitingListService.Applied events) {
        if (resident == null) {
            return new Outcome(ReferralMessage.Status.REJECTED, UNKNOWN_BSN, null);
        }
        if (provider == null) {
            return new Outcome(ReferralMessage.Status.UNMATCHED, UNKNOWN_PROVIDER, null);
        }
        List<Referral> candidates = referralsByKey.getOrDefault(resident.memberId() + "/" + row.productCode() + "/"
                + provider.getId(), List.of());
        if (candidates.isEmpty()) {
            return new Outcome(ReferralMessage.Status.UNMATCHED, NO_REFERRAL, null);
        }
        Referral referral = candidates.stream().filter(Referral::isWaiting).findFirst().orElse(candidates.get(0));
        try {
            boolean changed = service.apply(referral, row.step(), row.on(), Source.MESSAGE,
                    WaitingListService.SYSTEM, events);
            return new Outcome(changed ? ReferralMessage.Status.APPLIED : ReferralMessage.Status.UNCHANGED, null,
                    referral);
        } catch (InvalidFieldException | RuleViolationException e) {
            return new Outcome(ReferralMessage.Status.REJECTED, e.getMessage(), referral);
        }
    }

    /** Done: the file with its BSNs goes — unless the run lost the import meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(UUID importId, UUID run) {
        if (messages.importForUpdate(importId).map(i -> i.finish(run, clock.instant())).orElse(false)) {
            messages.deleteFile(importId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(UUID importId, UUID run) {
        messages.importForUpdate(importId).ifPresent(i -> i.fail(run, FAILURE_SHOWN, clock.instant()));
    }

    /** See {@link MessageRepository#unattended}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> unattended(Instant receivedBefore, String restartedNode) {
        return messages.unattended(clock.instant(), receivedBefore, restartedNode);
    }

    @Transactional
    public MessageImport get(UUID importId) {
        return messages.importRun(importId).orElseThrow(() -> new NotFoundException("Import", importId));
    }

    @Transactional
    public List<MessageImport> recent() {
        return messages.recentImports(20);
    }

    @Transactional
    public List<ImportRowOutcome> report(UUID importId) {
        get(importId);
        return messages.report(importId, ReferralMessageImport.REPORT_LIMIT);
    }

    /** A page of unmatched or rejected events, newest first: the administrator resolves them (none is dropped). */
    public record OpenPage(List<ReferralMessage> items, long total) {
    }

    public static final int PAGE_SIZE = 50;

    @Transactional
    public OpenPage open(ReferralMessage.Status status, UUID importId, int page) {
        return new OpenPage(messages.withStatus(status, importId, page * PAGE_SIZE, PAGE_SIZE),
                messages.countWithStatus(status, importId));
    }

    /**
     * Matches an unmatched or rejected event again, as the import would now: once the referral has been entered (or
     * the resident registered) the event is applied to it; otherwise it stays listed with its (new) reason.
     */
    @Transactional
    public ReferralMessage rematch(UUID messageId) {
        ReferralMessage message = messages.messageForUpdate(messageId)
                .orElseThrow(() -> new NotFoundException("Bericht", messageId));
        if (!message.isOpen()) {
            throw new RuleViolationException("message-resolved", "Dit bericht is al verwerkt");
        }
        MessageRow row = message.asRow();
        Map<String, ResidentDirectory.Resident> byBsn = residents.residentsWithBsn(List.of(row.bsn()));
        ResidentDirectory.Resident resident = byBsn.get(row.bsn());
        Provider provider = referrals.providers().stream().filter(p -> p.getAgbCode().equals(row.agbCode()))
                .findFirst().orElse(null);
        Map<String, List<Referral>> candidates = resident == null ? Map.of()
                : referrals.referralsOfMembers(List.of(resident.memberId()), List.of(row.productCode()),
                        provider == null ? List.of() : List.of(provider.getId())).stream().collect(Collectors.groupingBy(
                        r -> r.getMemberId() + "/" + r.getProductCode() + "/" + r.getProviderId()));
        Outcome outcome = match(row, resident, provider, candidates, null);
        message.rematched(outcome.status(), outcome.reason(),
                outcome.referral() == null ? null : outcome.referral().getId(),
                outcome.referral() == null ? null : outcome.referral().getTeamId());
        if (outcome.referral() != null) {
            accessLog.recordAll(AccessAction.UPDATE, AccessPurpose.CASEWORK, List.of(new AccessedSubject(
                    SubjectType.MEMBER, outcome.referral().getMemberId(), outcome.referral().getTeamId())));
        }
        return message;
    }

}
