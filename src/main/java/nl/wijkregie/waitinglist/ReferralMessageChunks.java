package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
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
 * One transaction per chunk of an event import: duplicates found by key in one query, members by BSN in one query,
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
    WaitingListService service;

    @Inject
    ResidentDirectory residents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Transactional
    public UUID begin(String fileName) {
        MessageImport run = new MessageImport(UUID.randomUUID(), fileName, currentUser.userId(), clock.instant());
        messages.add(run);
        return run.getId();
    }

    @Transactional
    public void process(UUID importId, List<MessageRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        MessageImport run = messages.importForUpdate(importId).orElseThrow();
        Instant now = clock.instant();
        int applied = 0;
        int unchanged = 0;
        int unmatched = 0;
        int rejected = 0;
        int duplicates = 0;
        List<MessageRow> valid = rows.stream().filter(MessageRow::valid).toList();
        Set<String> known = messages.existingKeys(valid.stream().map(MessageRow::key).toList());
        Map<String, ResidentDirectory.Resident> byBsn = residents.residentsWithBsn(valid.stream()
                .map(MessageRow::bsn).distinct().toList());
        Map<String, Provider> providers = referrals.providers().stream()
                .collect(Collectors.toMap(Provider::getAgbCode, p -> p));
        Map<String, List<Referral>> candidates = referrals.referralsOfMembers(byBsn.values().stream()
                        .map(ResidentDirectory.Resident::memberId).distinct().toList()).stream()
                .collect(Collectors.groupingBy(r -> r.getMemberId() + "/" + r.getProductCode() + "/"
                        + r.getProviderId(), java.util.LinkedHashMap::new, Collectors.toList()));
        Set<String> seen = new java.util.HashSet<>();
        List<AccessedSubject> touched = new ArrayList<>();
        for (MessageRow row : rows) {
            if (!row.valid()) {
                messages.add(new ImportRowOutcome(importId, row.rowNumber(), "REJECTED", String.join("; ",
                        row.problems())));
                rejected++;
                continue;
            }
            if (known.contains(row.key()) || !seen.add(row.key())) {
                messages.add(new ImportRowOutcome(importId, row.rowNumber(), "DUPLICATE",
                        "Dit bericht is al ontvangen"));
                duplicates++;
                continue;
            }
            Outcome outcome = match(row, byBsn.get(row.bsn()), providers.get(row.agbCode()), candidates);
            messages.add(new ReferralMessage(importId, row, outcome.status(), outcome.reason(),
                    outcome.referral() == null ? null : outcome.referral().getId(),
                    outcome.referral() == null ? null : outcome.referral().getTeamId(), now));
            if (outcome.reason() != null) {
                messages.add(new ImportRowOutcome(importId, row.rowNumber(), outcome.status().name(),
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
        run.count(rows.size(), applied, unchanged, unmatched, rejected, duplicates);
        accessLog.recordAll(AccessAction.UPDATE, AccessPurpose.CASEWORK, touched.stream().distinct().toList());
    }

    private record Outcome(ReferralMessage.Status status, String reason, Referral referral) {
    }

    private Outcome match(MessageRow row, ResidentDirectory.Resident resident, Provider provider,
                          Map<String, List<Referral>> referralsByKey) {
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
                    WaitingListService.SYSTEM);
            return new Outcome(changed ? ReferralMessage.Status.APPLIED : ReferralMessage.Status.UNCHANGED, null,
                    referral);
        } catch (InvalidFieldException | RuleViolationException e) {
            return new Outcome(ReferralMessage.Status.REJECTED, e.getMessage(), referral);
        }
    }

    @Transactional
    public void tooMany(UUID importId, int row, int max) {
        messages.add(new ImportRowOutcome(importId, row, "REJECTED",
                "Meer dan " + max + " regels: de rest van het bestand is niet gelezen; splits het bestand"));
        messages.importForUpdate(importId).orElseThrow().count(0, 0, 0, 0, 1, 0);
    }

    @Transactional
    public MessageImport finish(UUID importId) {
        MessageImport run = messages.importForUpdate(importId).orElseThrow();
        run.finish(clock.instant());
        return run;
    }

    @Transactional
    public MessageImport get(UUID importId) {
        return messages.importRun(importId).orElseThrow(() -> new NotFoundException("Import", importId));
    }

    @Transactional
    public List<ImportRowOutcome> report(UUID importId) {
        get(importId);
        return messages.report(importId, ReferralMessageImport.REPORT_LIMIT);
    }

    /** Unmatched or rejected events, newest first: the administrator resolves them (they are never dropped). */
    @Transactional
    public List<ReferralMessage> open(ReferralMessage.Status status) {
        List<ReferralMessage> open = messages.withStatus(status, ReferralMessageImport.REPORT_LIMIT);
        return open;
    }

}
