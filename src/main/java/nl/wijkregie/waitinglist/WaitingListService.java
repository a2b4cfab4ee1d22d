package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.casefile.CaseRef;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.ProfessionalNames;
import nl.wijkregie.shared.DuplicateException;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.PersonName;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.waitinglist.domain.NewReferral;
import nl.wijkregie.waitinglist.domain.PauseReason;
import nl.wijkregie.waitinglist.domain.ProductCatalogue;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.Referral;
import nl.wijkregie.waitinglist.domain.ReferralCheckIn;
import nl.wijkregie.waitinglist.domain.ReferralDomain;
import nl.wijkregie.waitinglist.domain.Source;
import nl.wijkregie.waitinglist.domain.Step;
import nl.wijkregie.waitinglist.domain.WaitingCase;
import nl.wijkregie.waitinglist.domain.WaitingNorm;
import nl.wijkregie.waitinglist.domain.WaitingTime;
import nl.wijkregie.waitinglist.persistence.WaitingListRepository;
import nl.wijkregie.waitinglist.process.ReferralProcess;
import nl.wijkregie.workflow.TaskSubject;
import nl.wijkregie.workflow.Workflow;

/**
 * What the REST layer, the message import and the process ask of referrals. Every method is one transaction; a
 * referral of another team's case is "not found", and every read or change of a person's referral is access-logged
 * (subject: the member).
 */
@ApplicationScoped
public class WaitingListService {

    public static final String SYSTEM = "systeem";

    @Inject
    WaitingListRepository repository;

    @Inject
    CaseFileService caseFiles;

    @Inject
    ResidentDirectory residents;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccessLog accessLog;

    @Inject
    Workflow workflow;

    @Inject
    Event<Object> events;

    @Inject
    Clock clock;

    @Inject
    ProfessionalNames professionalNames;

    @Inject
    AreaCatalogue areas;

    private static final Logger LOG = Logger.getLogger(WaitingListService.class.getName());

    private final ProductCatalogue products = ProductCatalogue.shipped();

    @Transactional
    public ReferralView create(UUID caseId, NewReferral input) {
        CaseRef caseRef = caseFiles.caseInScope(new CaseId(caseId));
        if (!caseRef.open()) {
            throw new RuleViolationException("case-closed", "De zaak is afgesloten");
        }
        ResidentDirectory.Resident member = residents.residentsOf(List.of(new HouseholdId(caseRef.householdId())))
                .stream().filter(r -> r.memberId().equals(input.memberId())).findFirst()
                .orElseThrow(() -> new InvalidFieldException("memberId", "Dit gezinslid hoort niet bij het huishouden"));
        ProductCatalogue.Product product = products.find(input.productCode())
                .orElseThrow(() -> new InvalidFieldException("productCode", "Onbekende productcategorie"));
        if (product.domain() != input.domain()) {
            throw new InvalidFieldException("domain", "De productcategorie hoort bij het domein " + product.domain());
        }
        Provider provider = repository.provider(input.providerId()).filter(Provider::isActive)
                .orElseThrow(() -> new InvalidFieldException("providerId", "Onbekende of inactieve aanbieder"));
        Instant now = clock.instant();
        Referral referral = new Referral(UUID.randomUUID(), caseId, caseRef.householdId(), caseRef.teamId(),
                member.memberId(), member.wijkCode(), input.domain(), product.code(), provider.getId(),
                input.urgency(), input.needEstablishedOn(), currentUser.userId(), now, today());
        repository.add(referral);
        repository.flush();
        events.fire(new ReferralEvents.ReferralCreated(referral.getId(), caseId, caseRef.householdId(),
                caseRef.teamId(), member.memberId(), input.domain().name(), product.code(), provider.getId(),
                referral.getUrgency().name(), member.wijkCode(), referral.dateOf(Step.NEED_ESTABLISHED), now,
                currentUser.userId()));
        if (input.requestSentOn() != null) {
            apply(referral, Step.REQUEST_SENT, input.requestSentOn(), Source.HAND, currentUser.userId());
        }
        log(AccessAction.CREATE, List.of(referral));
        return view(referral);
    }

    @Transactional
    public List<ReferralView> ofCase(UUID caseId) {
        caseFiles.caseInScope(new CaseId(caseId));
        List<Referral> referrals = repository.referralsOfCase(caseId);
        log(AccessAction.READ, referrals);
        return views(referrals);
    }

    @Transactional
    public ReferralView get(UUID referralId) {
        Referral referral = inScope(referralId, false);
        log(AccessAction.READ, List.of(referral));
        return view(referral);
    }

    /** Records the date of a step by hand. */
    @Transactional
    public ReferralView record(UUID referralId, Step step, LocalDate on) {
        Referral referral = inScope(referralId, true);
        apply(referral, step, on, Source.HAND, currentUser.userId());
        log(AccessAction.UPDATE, List.of(referral));
        return view(referral);
    }

    @Transactional
    public ReferralView pause(UUID referralId, LocalDate from, PauseReason reason) {
        Referral referral = inScope(referralId, true);
        referral.pause(UUID.randomUUID(), from, reason, today());
        moveClock(referral);
        events.fire(new ReferralEvents.Paused(referral.getId(), referral.getCaseId(), referral.getHouseholdId(),
                referral.getTeamId(),
                referral.getDomain().name(), referral.openPause().getFrom(), reason.name(), clock.instant(),
                currentUser.userId()));
        log(AccessAction.UPDATE, List.of(referral));
        return view(referral);
    }

    @Transactional
    public ReferralView resume(UUID referralId, LocalDate on) {
        Referral referral = inScope(referralId, true);
        referral.resume(on, today());
        moveClock(referral);
        events.fire(new ReferralEvents.Resumed(referral.getId(), referral.getCaseId(), referral.getHouseholdId(),
                referral.getTeamId(),
                referral.getDomain().name(), on == null ? today() : on, clock.instant(), currentUser.userId()));
        log(AccessAction.UPDATE, List.of(referral));
        return view(referral);
    }

    @Transactional
    public ReferralView withdraw(UUID referralId, LocalDate on, Referral.WithdrawalReason reason) {
        Referral referral = inScope(referralId, true);
        referral.withdraw(on, reason, today());
        workflow.correlate(ReferralProcess.KEY, referralId.toString(), ReferralProcess.ENDED_MESSAGE, Map.of());
        long waited = referral.dateOf(Step.REQUEST_SENT) == null ? 0
                : referral.waitingTime(referral.getWithdrawnOn()).countedDays();
        events.fire(new ReferralEvents.ReferralWithdrawn(referral.getId(), referral.getCaseId(), referral.getHouseholdId(),
                referral.getTeamId(),
                referral.getProductCode(), referral.getWithdrawnOn(), reason.name(), waited, clock.instant(),
                currentUser.userId(), referral.getDomain().name()));
        log(AccessAction.UPDATE, List.of(referral));
        return view(referral);
    }

    /**
     * Applies a step's date from any source: keeps the norm and the process in step with it, and tells the
     * monitoring. Returns whether anything changed (a re-sent message changes nothing).
     */
    @Transactional(value = Transactional.TxType.MANDATORY,
            dontRollbackOn = {InvalidFieldException.class, RuleViolationException.class})
    public boolean apply(Referral referral, Step step, LocalDate on, Source source, String actorId) {
        return apply(referral, step, on, source, actorId, null);
    }

    /**
     * The events of many applied steps, fired together by {@link #fire}: a chunk of the message import hands one to
     * {@link #apply(Referral, Step, LocalDate, Source, String, Applied)} for each of its events, so the timeline and
     * the monitoring write a chunk's lines and facts in one batch each instead of one at a time.
     */
    public static final class Applied {
        private final List<ReferralEvents.StepRecorded> steps = new ArrayList<>();
        private final List<ReferralEvents.CareStarted> started = new ArrayList<>();
    }

    /** Fires the collected events, once per kind, in the order the steps were applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fire(Applied applied) {
        if (!applied.steps.isEmpty()) {
            events.fire(new ReferralEvents.StepsRecorded(applied.steps));
        }
        if (!applied.started.isEmpty()) {
            events.fire(new ReferralEvents.CaresStarted(applied.started));
        }
    }

    /**
     * As {@link #apply(Referral, Step, LocalDate, Source, String)}, but the step's {@code StepRecorded} and
     * {@code CareStarted} go into {@code applied} (fired later by {@link #fire}) instead of being fired now
     * ({@code null}: fired now).
     */
    @Transactional(value = Transactional.TxType.MANDATORY,
            dontRollbackOn = {InvalidFieldException.class, RuleViolationException.class})
    public boolean apply(Referral referral, Step step, LocalDate on, Source source, String actorId, Applied applied) {
        boolean hadRequest = referral.dateOf(Step.REQUEST_SENT) != null;
        if (!referral.record(step, on, source, today())) {
            return false;
        }
        Instant now = clock.instant();
        String key = referral.getId().toString();
        ReferralEvents.StepRecorded recorded = new ReferralEvents.StepRecorded(referral.getId(), referral.getCaseId(),
                referral.getHouseholdId(), referral.getTeamId(), referral.getDomain().name(), step.name(), on,
                source.name(), now, actorId);
        if (applied == null) {
            events.fire(recorded);
        } else {
            applied.steps.add(recorded);
        }
        switch (step) {
            case REQUEST_SENT -> {
                if (!hadRequest) {
                    WaitingNorm norm = normFor(referral.getProductCode(), referral.getDomain().name(),
                            referral.getWijkCode());
                    referral.applyNorm(norm);
                    String regisseur = repository.waitingCase(referral.getCaseId())
                            .map(WaitingCase::getRegisseurId).orElse(null);
                    if (referral.isWaiting()) {
                        workflow.start(ReferralProcess.KEY, key, ReferralProcess.startVariables(referral.getTeamId(),
                                regisseur, moments(referral), norm.getCheckInDays()));
                    }
                } else {
                    moveClock(referral);
                }
                events.fire(new ReferralEvents.RequestSent(referral.getId(), referral.getCaseId(),
                        referral.getTeamId(), referral.getProductCode(), on, referral.getNormDays(), source.name(),
                        now, actorId));
            }
            case CARE_STARTED -> {
                workflow.correlate(ReferralProcess.KEY, key, ReferralProcess.ENDED_MESSAGE, Map.of());
                WaitingTime waited = referral.waitingTime(today());
                ReferralEvents.CareStarted started = new ReferralEvents.CareStarted(referral.getId(),
                        referral.getCaseId(), referral.getHouseholdId(), referral.getTeamId(),
                        referral.getDomain().name(), referral.getProductCode(), referral.getProviderId(),
                        referral.getWijkCode(), referral.dateOf(Step.REQUEST_SENT), on, waited.countedDays(),
                        waited.residentWishDays(), waited.otherPauseDays(), waited.allocationToStartDays(),
                        referral.getNormDays(), waited.withinNorm(referral.getNormDays()), source.name(), now,
                        actorId);
                if (applied == null) {
                    events.fire(started);
                } else {
                    applied.started.add(started);
                }
            }
            case CARE_ENDED -> events.fire(new ReferralEvents.CareEnded(referral.getId(), referral.getCaseId(),
                    referral.getTeamId(), referral.getProductCode(), on, source.name(), now, actorId));
            default -> {
                // the other steps are facts on the chain; they move no clock
            }
        }
        return true;
    }

    /**
     * A bridging check-in: stores its answers on the referral, completes the open check-in task (the inbox cannot:
     * it needs these answers) and, when the situation is not safe, gives the team lead a task through the process.
     */
    @Transactional
    public ReferralView checkIn(UUID referralId, LocalDate heldOn, boolean safe, boolean interimSupportNeeded) {
        Referral referral = inScope(referralId, true);
        Instant now = clock.instant();
        ReferralCheckIn checkIn = ReferralCheckIn.of(UUID.randomUUID(), referral, heldOn == null ? today() : heldOn,
                safe, interimSupportNeeded, currentUser.userId(), now, today());
        repository.add(checkIn);
        String key = referral.getId().toString();
        workflow.completeTask(ReferralProcess.KEY, key, ReferralProcess.CHECK_IN_TASK, Map.of());
        if (!safe) {
            workflow.correlate(ReferralProcess.KEY, key, ReferralProcess.UNSAFE_MESSAGE, Map.of());
        }
        events.fire(new ReferralEvents.CheckInRecorded(referral.getId(), referral.getCaseId(), referral.getHouseholdId(),
                referral.getTeamId(),
                referral.getDomain().name(), checkIn.getHeldOn(), safe, interimSupportNeeded, now,
                currentUser.userId()));
        log(AccessAction.UPDATE, List.of(referral));
        return view(referral);
    }

    /** The norm timer fired (system): idempotent for a retried job. */
    @Transactional
    public void markBreached(UUID referralId) {
        repository.referralForUpdate(referralId).ifPresent(referral -> {
            if (referral.isWaiting() && referral.markBreached(clock.instant())) {
                events.fire(new ReferralEvents.NormBreached(referral.getId(), referral.getCaseId(), referral.getHouseholdId(),
                        
                        referral.getTeamId(), referral.getProductCode(), referral.getNormDays(), clock.instant(),
                        referral.getDomain().name()));
            }
        });
    }

    /** Labels for the task list: the household, linking to the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, TaskSubject> taskSubjects(Collection<String> referralIds) {
        List<Referral> referrals = new ArrayList<>();
        for (String key : referralIds) {
            repository.referral(UUID.fromString(key)).ifPresent(referrals::add);
        }
        Map<HouseholdId, String> labels = residents.labelsOf(referrals.stream()
                .map(r -> new HouseholdId(r.getHouseholdId())).toList());
        Map<String, TaskSubject> subjects = new HashMap<>();
        for (Referral referral : referrals) {
            String label = labels.get(new HouseholdId(referral.getHouseholdId()));
            if (label != null) {
                subjects.put(referral.getId().toString(), new TaskSubject(referral.getCaseId(), label,
                        TaskSubject.Type.CASE));
            }
        }
        accessLog.recordAll(AccessAction.READ, AccessPurpose.TASK_HANDLING, referrals.stream()
                .map(r -> new AccessedSubject(SubjectType.CASE, r.getCaseId(), r.getTeamId())).toList());
        return subjects;
    }

    @Transactional
    public void taskCompleted(String referralId) {
        repository.referral(UUID.fromString(referralId)).ifPresent(referral -> accessLog.record(AccessAction.UPDATE,
                AccessPurpose.TASK_HANDLING, new AccessedSubject(SubjectType.CASE, referral.getCaseId(),
                        referral.getTeamId())));
    }

    // ---- norms and providers (configuration) ----

    @Transactional
    public List<WaitingNorm> norms() {
        return repository.norms();
    }

    /** The administrator's change; applies to requests sent from now on. Audit: who and when, and a log line. */
    @Transactional
    public WaitingNorm changeNorm(UUID id, int normDays, int warningDays, int checkInDays, String source) {
        WaitingNorm norm = repository.norm(id).orElseThrow(() -> new NotFoundException("Norm", id));
        String before = describe(norm);
        norm.change(normDays, warningDays, checkInDays, source, currentUser.userId(), clock.instant());
        LOG.info(() -> currentUser.userId() + " changed waiting norm " + id + ": " + before + " -> " + describe(norm));
        return norm;
    }

    /**
     * A norm for a product, a domain or the wijkteam's intake that has none of its own yet, optionally for one wijk
     * (region "*": every wijk).
     */
    @Transactional
    public WaitingNorm addNorm(String appliesTo, String region, int normDays, int warningDays, int checkInDays,
                               String source) {
        String target = appliesTo == null ? "" : appliesTo.strip();
        boolean known = WaitingNorm.INTAKE.equals(target) || products.find(target).isPresent()
                || Arrays.stream(ReferralDomain.values())
                .anyMatch(d -> d.name().equals(target));
        if (!known) {
            throw new InvalidFieldException("appliesTo", "Kies een productcategorie, een domein of de eigen intake");
        }
        String wijk = region == null || region.isBlank() ? WaitingNorm.ANY_REGION : region.strip();
        if (!WaitingNorm.ANY_REGION.equals(wijk) && areas.wijkName(wijk).isEmpty()) {
            throw new InvalidFieldException("region", "Onbekende wijk");
        }
        if (repository.norm(target, wijk).isPresent()) {
            throw new DuplicateException("Er is al een norm voor deze productcategorie en regio");
        }
        WaitingNorm norm = new WaitingNorm(UUID.randomUUID(), target, wijk, normDays, warningDays, checkInDays,
                source);
        norm.change(normDays, warningDays, checkInDays, source, currentUser.userId(), clock.instant());
        repository.add(norm);
        LOG.info(() -> currentUser.userId() + " added waiting norm " + norm.getId() + ": " + describe(norm));
        return norm;
    }

    /** Who last changed each norm, by display name. */
    @Transactional
    public Map<String, String> normEditors(Collection<WaitingNorm> norms) {
        return professionalNames.namesOf(norms.stream().map(WaitingNorm::getChangedBy)
                .filter(Objects::nonNull).toList());
    }

    private static String describe(WaitingNorm norm) {
        return norm.getAppliesTo() + "/" + norm.getRegion() + " norm " + norm.getNormDays() + "d, warning "
                + norm.getWarningDays() + "d, check-in " + norm.getCheckInDays() + "d";
    }

    @Transactional
    public List<Provider> providers() {
        return repository.providers();
    }

    @Transactional
    public Provider addProvider(String name, String agbCode) {
        Provider provider = new Provider(UUID.randomUUID(), name, agbCode);
        if (repository.providerWithAgb(agbCode).isPresent()) {
            throw new DuplicateException("Er is al een aanbieder met AGB-code " + agbCode);
        }
        repository.add(provider);
        return provider;
    }

    @Transactional
    public Provider changeProvider(UUID id, String name, String agbCode, boolean active) {
        Provider provider = repository.provider(id).orElseThrow(() -> new NotFoundException("Aanbieder", id));
        repository.providerWithAgb(agbCode).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new DuplicateException("Er is al een aanbieder met AGB-code " + agbCode);
        });
        provider.change(name, agbCode, active);
        return provider;
    }

    public List<ProductCatalogue.Product> products() {
        return products.all();
    }

    // ---- helpers ----

    /** The most specific norm: product + region, product, domain + region, domain. */
    WaitingNorm normFor(String productCode, String domain, String region) {
        List<WaitingNorm> norms = repository.norms();
        for (String appliesTo : List.of(productCode, domain)) {
            for (String r : region == null ? List.of(WaitingNorm.ANY_REGION)
                    : List.of(region, WaitingNorm.ANY_REGION)) {
                Optional<WaitingNorm> found = norms.stream()
                        .filter(n -> n.getAppliesTo().equals(appliesTo) && n.getRegion().equals(r)).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("Geen wachttijdnorm voor " + domain);
    }

    WaitingNorm intakeNorm() {
        return normFor(WaitingNorm.INTAKE, WaitingNorm.INTAKE, null);
    }

    private ReferralProcess.Moments moments(Referral referral) {
        WaitingTime waited = referral.waitingTime(today());
        long paused = waited.residentWishDays() + waited.otherPauseDays();
        if (referral.openPause() != null) {
            // while paused the clock stands still: the norm moves a day further every day, checked again on resume
            paused += 3650;
        }
        return ReferralProcess.Moments.of(referral.dateOf(Step.REQUEST_SENT), paused, referral.getWarningDays(),
                referral.getNormDays()).notBefore(clock.instant().plus(ReferralProcess.LATE_ENTRY_GRACE));
    }

    private void moveClock(Referral referral) {
        if (referral.isWaiting() && referral.getNormDays() != null) {
            ReferralProcess.Moments moments = moments(referral);
            workflow.moveTimers(ReferralProcess.KEY, referral.getId().toString(),
                    Map.of(ReferralProcess.WARNING_TIMER, moments.warningAt(), ReferralProcess.NORM_TIMER,
                            moments.normAt()), moments.variables());
        }
    }

    private Referral inScope(UUID referralId, boolean forUpdate) {
        Referral referral = (forUpdate ? repository.referralForUpdate(referralId) : repository.referral(referralId))
                .orElseThrow(() -> new NotFoundException("Verwijzing", referralId));
        currentUser.requireMemberOf(referral.getTeamId(), "Verwijzing", referralId);
        return referral;
    }

    private void log(AccessAction action, List<Referral> referrals) {
        accessLog.recordAll(action, AccessPurpose.CASEWORK, referrals.stream()
                .map(r -> new AccessedSubject(SubjectType.MEMBER, r.getMemberId(), r.getTeamId())).toList());
    }

    ReferralView view(Referral referral) {
        return views(List.of(referral)).get(0);
    }

    List<ReferralView> views(List<Referral> referrals) {
        return views(referrals, true);
    }

    /** As in a list that shows no check-ins (the dashboard's waiting list): one query fewer. */
    List<ReferralView> listed(List<Referral> referrals) {
        return views(referrals, false);
    }

    private List<ReferralView> views(List<Referral> referrals, boolean withCheckIns) {
        if (referrals.isEmpty()) {
            return List.of();
        }
        Map<UUID, Provider> providers = repository.providers().stream()
                .collect(Collectors.toMap(Provider::getId, Function.identity()));
        Map<UUID, String> names = memberNames(referrals.stream().map(Referral::getHouseholdId).toList());
        LocalDate today = today();
        referrals.forEach(r -> r.getPauses().size()); // loaded inside the transaction: the JSON is written after it
        Map<UUID, List<ReferralView.CheckIn>> checkIns = withCheckIns ? checkInsOf(referrals) : Map.of();
        return referrals.stream().map(r -> new ReferralView(r,
                products.find(r.getProductCode()).map(ProductCatalogue.Product::name).orElse(r.getProductCode()),
                providers.get(r.getProviderId()), names.getOrDefault(r.getMemberId(), "Onbekend gezinslid"),
                r.dateOf(Step.REQUEST_SENT) == null ? null
                        : r.waitingTime(r.getWithdrawnOn() != null ? r.getWithdrawnOn() : today),
                ReferralView.statusOf(r), checkIns.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Map<UUID, List<ReferralView.CheckIn>> checkInsOf(List<Referral> referrals) {
        List<ReferralCheckIn> all = repository.checkInsOf(referrals.stream().map(Referral::getId).toList());
        if (all.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = professionalNames.namesOf(all.stream().map(ReferralCheckIn::getRecordedBy)
                .distinct().toList());
        return all.stream().collect(Collectors.groupingBy(ReferralCheckIn::getReferralId,
                Collectors.mapping(c -> new ReferralView.CheckIn(c.getHeldOn(), c.isSafe(),
                        c.isInterimSupportNeeded(), names.getOrDefault(c.getRecordedBy(), "Onbekend"),
                        c.getRecordedAt()), Collectors.toList())));
    }

    Map<UUID, String> memberNames(Collection<UUID> householdIds) {
        return residents.residentsOf(householdIds.stream().distinct().map(HouseholdId::new).toList()).stream()
                .collect(Collectors.toMap(ResidentDirectory.Resident::memberId,
                        r -> new PersonName(r.firstName(), r.surnamePrefix(), r.surname()).display(), (a, b) -> a));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

}
