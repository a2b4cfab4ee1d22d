package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.ProfessionalNames;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.waitinglist.domain.Percentiles;
import nl.wijkregie.waitinglist.domain.ProductCatalogue;
import nl.wijkregie.waitinglist.domain.Provider;
import nl.wijkregie.waitinglist.domain.WaitingCase;
import nl.wijkregie.waitinglist.domain.WaitingNorm;
import nl.wijkregie.waitinglist.persistence.WaitingListRepository;
import nl.wijkregie.workflow.TaskInbox;

/**
 * The team lead's dashboard (their own teams only) and the provider board (all teams, counts and days only: no
 * person). Percentiles come from fewer than {@value Percentiles#MIN_GROUP} referrals are withheld.
 */
@ApplicationScoped
public class WaitingDashboard {

    /**
     * Rows per list on the landing page, longest waiting first; the totals are in the figures and the case list shows
     * them all. Every row shown names a household and is access-logged, so the page shows what a glance takes in.
     */
    public static final int LIST_LIMIT = 10;
    public static final int MAX_PERIOD_DAYS = 731;

    @Inject
    WaitingListRepository repository;

    @Inject
    WaitingListService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskInbox tasks;

    @Inject
    ProfessionalNames professionals;

    @Inject
    ResidentDirectory residents;

    @Inject
    AreaCatalogue areas;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    DashboardFigures figures;

    public record CaseloadRow(String professionalId, String professionalName, long openCases, long newThisMonth) {
    }

    public record CaseRow(UUID caseId, String householdLabel, LocalDate since, Long daysLeft) {
    }

    public record WaitingRow(UUID referralId, UUID caseId, String memberName, String productCode,
                             String productName, String providerName, String urgency, LocalDate since,
                             int normDays, long waitedDays, long daysLeft, boolean paused) {
    }

    public record PercentileRow(String productCode, String productName, String wijkCode, String wijkName,
                                UUID providerId, String providerName, long count, Long p50, Long p90) {
    }

    public record FlowRow(LocalDate week, long inflow, long outflow) {
    }

    /** The figures (no persons; one copy for every lead of the same teams and period) and this request's lists. */
    public record Dashboard(LocalDate from, LocalDate to, DashboardFigures.Dated figures, List<CaseRow> unassigned,
                            List<WaitingRow> waiting, int intakeNormDays, List<CaseRow> awaitingIntake) {
    }

    public record BoardRow(UUID providerId, String providerName, String productCode, String productName,
                           long waiting, Long currentP50, Long startedP50, Long startedP90, long startedCount) {
    }

    @Transactional
    public Dashboard teamLead(LocalDate from, LocalDate to, boolean refresh) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "Het begin van de periode ligt vóór het einde");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_PERIOD_DAYS) {
            throw new InvalidFieldException("from", "De periode is hooguit twee jaar");
        }
        Set<UUID> teams = currentUser.teamIds();
        DashboardFigures.Dated dated = figures.of(teams, start, end, refresh,
                () -> computeFigures(teams, today, start, end));
        List<WaitingCase> unassigned = repository.unassigned(teams, LIST_LIMIT);
        WaitingNorm intakeNorm = service.intakeNorm();
        List<WaitingCase> intake = repository.awaitingIntake(teams, LIST_LIMIT);
        Map<HouseholdId, String> labels = residents.labelsOf(java.util.stream.Stream.concat(unassigned.stream(),
                intake.stream()).map(c -> new HouseholdId(c.getHouseholdId())).distinct().toList());
        List<CaseRow> unassignedRows = unassigned.stream().map(c -> new CaseRow(c.getCaseId(),
                labels.get(new HouseholdId(c.getHouseholdId())), date(c), null)).toList();
        List<CaseRow> intakeRows = intake.stream().map(c -> new CaseRow(c.getCaseId(),
                labels.get(new HouseholdId(c.getHouseholdId())), date(c),
                intakeNorm.getNormDays() - ChronoUnit.DAYS.between(date(c), today))).toList();
        List<WaitingRow> waiting = waitingRows(teams, today);
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, java.util.stream.Stream.concat(
                java.util.stream.Stream.concat(unassigned.stream(), intake.stream())
                        .map(c -> new AccessedSubject(SubjectType.CASE, c.getCaseId(), c.getTeamId())),
                waiting.stream().map(w -> new AccessedSubject(SubjectType.CASE, w.caseId(), null)))
                .distinct().toList());
        return new Dashboard(start, end, dated, unassignedRows, waiting, intakeNorm.getNormDays(), intakeRows);
    }

    /** The aggregates of the dashboard (no persons): what {@link DashboardFigures} keeps. */
    private DashboardFigures.Figures computeFigures(Set<UUID> teams, LocalDate today, LocalDate start,
                                                    LocalDate end) {
        List<Object[]> load = repository.caseload(teams,
                today.withDayOfMonth(1).atStartOfDay(nl.wijkregie.shared.ClockProducer.ZONE).toInstant());
        Map<String, String> names = professionals.namesOf(load.stream().map(r -> (String) r[0])
                .filter(Objects::nonNull).toList());
        List<CaseloadRow> caseload = new ArrayList<>();
        long unassignedCount = 0;
        for (Object[] row : load) {
            if (row[0] == null) {
                unassignedCount = ((Number) row[1]).longValue();
            } else {
                caseload.add(new CaseloadRow((String) row[0], names.get((String) row[0]),
                        ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
            }
        }
        List<FlowRow> flow = repository.flowPerWeek(teams, start, end).stream()
                .map(r -> new FlowRow(toDate(r[0]), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
        return new DashboardFigures.Figures(caseload, unassignedCount, repository.awaitingIntakeCount(teams),
                repository.waitingCount(teams), tasks.overdueCounts(), percentiles(teams, start, end), flow);
    }

    /** A referral behind a cell of the waiting-time table, linking to its case. */
    public record StartedRow(UUID referralId, UUID caseId, String householdLabel, String memberName,
                             String providerName, LocalDate requestSentOn, LocalDate careStartedOn, long waitingDays,
                             int normDays, boolean withinNorm) {
    }

    /**
     * The referrals behind one cell of the waiting-time table (product × wijk × provider, period as the dashboard):
     * the team lead's own teams only. A cell shown as "&lt;10" opens too: the rule keeps small groups out of figures
     * that travel, while these are the team's own cases, which the team lead may open one by one anyway; every case
     * listed is access-logged.
     */
    @Transactional
    public List<StartedRow> waitingTimeReferrals(String productCode, String wijkCode, UUID providerId,
                                                 LocalDate from, LocalDate to) {
        if (productCode == null || productCode.isBlank()) {
            throw new InvalidFieldException("product", "Kies de productcategorie");
        }
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new InvalidFieldException("from", "Het begin van de periode ligt vóór het einde");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_PERIOD_DAYS) {
            throw new InvalidFieldException("from", "De periode is hooguit twee jaar");
        }
        List<nl.wijkregie.waitinglist.domain.Referral> referrals = repository.startedIn(currentUser.teamIds(), start,
                end, productCode.strip(), wijkCode, providerId, LIST_LIMIT);
        Map<UUID, Provider> providers = providers();
        Map<HouseholdId, String> labels = residents.labelsOf(referrals.stream()
                .map(r -> new HouseholdId(r.getHouseholdId())).distinct().toList());
        Map<UUID, String> members = service.memberNames(referrals.stream()
                .map(nl.wijkregie.waitinglist.domain.Referral::getHouseholdId).toList());
        accessLog.recordAll(AccessAction.READ, AccessPurpose.CASEWORK, referrals.stream()
                .map(r -> new AccessedSubject(SubjectType.MEMBER, r.getMemberId(), r.getTeamId())).toList());
        return referrals.stream().map(r -> new StartedRow(r.getId(), r.getCaseId(),
                labels.getOrDefault(new HouseholdId(r.getHouseholdId()), "Onbekend huishouden"),
                members.getOrDefault(r.getMemberId(), "Onbekend gezinslid"), name(providers, r.getProviderId()),
                r.dateOf(nl.wijkregie.waitinglist.domain.Step.REQUEST_SENT),
                r.dateOf(nl.wijkregie.waitinglist.domain.Step.CARE_STARTED), r.getWaitingDays(),
                r.getNormDays() == null ? 0 : r.getNormDays(),
                r.getNormDays() != null && r.getWaitingDays() <= r.getNormDays())).toList();
    }

    /** Every provider × product with households waiting now or started in the last 90 days; counts only. */
    @Transactional
    public List<BoardRow> providerBoard() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Provider> providers = providers();
        Map<String, BoardRow> rows = new HashMap<>();
        for (Object[] r : repository.boardWaiting(today)) {
            UUID provider = (UUID) r[0];
            String product = (String) r[1];
            long count = ((Number) r[2]).longValue();
            rows.put(provider + "/" + product, new BoardRow(provider, name(providers, provider), product,
                    productName(product), count, count < Percentiles.MIN_GROUP ? null : ((Number) r[3]).longValue(),
                    null, null, 0));
        }
        for (Object[] r : repository.boardStarted(today.minusDays(90), today)) {
            UUID provider = (UUID) r[0];
            String product = (String) r[1];
            long count = ((Number) r[2]).longValue();
            BoardRow known = rows.get(provider + "/" + product);
            boolean shown = count >= Percentiles.MIN_GROUP;
            rows.put(provider + "/" + product, new BoardRow(provider, name(providers, provider), product,
                    productName(product), known == null ? 0 : known.waiting(), known == null ? null
                    : known.currentP50(), shown ? ((Number) r[3]).longValue() : null,
                    shown ? ((Number) r[4]).longValue() : null, count));
        }
        return rows.values().stream().sorted(java.util.Comparator.comparing(BoardRow::productCode)
                .thenComparing(BoardRow::providerName)).toList();
    }

    private List<WaitingRow> waitingRows(Set<UUID> teams, LocalDate today) {
        List<ReferralView> views = service.listed(repository.waiting(teams, LIST_LIMIT));
        return views.stream().map(v -> new WaitingRow(v.referral().getId(), v.referral().getCaseId(), v.memberName(),
                v.referral().getProductCode(), v.productName(), v.provider() == null ? null : v.provider().getName(),
                v.referral().getUrgency().name(), v.referral().dateOf(nl.wijkregie.waitinglist.domain.Step.REQUEST_SENT),
                v.referral().getNormDays(), v.waitingTime().countedDays(), v.daysLeft(),
                v.status() == ReferralView.Status.PAUSED)).toList();
    }

    private List<PercentileRow> percentiles(Set<UUID> teams, LocalDate from, LocalDate to) {
        Map<UUID, Provider> providers = providers();
        Map<String, String> wijkNames = areas.wijkNames();
        List<PercentileRow> rows = new ArrayList<>();
        for (Object[] r : repository.waitingPercentiles(teams, from, to)) {
            String product = (String) r[0];
            String wijk = (String) r[1];
            UUID provider = (UUID) r[2];
            long count = ((Number) r[3]).longValue();
            boolean shown = count >= Percentiles.MIN_GROUP;
            rows.add(new PercentileRow(product, productName(product), wijk,
                    wijk == null ? null : wijkNames.getOrDefault(wijk, wijk), provider,
                    provider == null ? null : name(providers, provider), count,
                    shown ? ((Number) r[4]).longValue() : null, shown ? ((Number) r[5]).longValue() : null));
        }
        return rows;
    }

    private Map<UUID, Provider> providers() {
        return repository.providers().stream().collect(Collectors.toMap(Provider::getId, Function.identity()));
    }

    private static String name(Map<UUID, Provider> providers, UUID id) {
        Provider provider = providers.get(id);
        return provider == null ? "Onbekende aanbieder" : provider.getName();
    }

    private static String productName(String code) {
        return ProductCatalogue.shipped().find(code).map(ProductCatalogue.Product::name).orElse(code);
    }

    private static LocalDate date(WaitingCase c) {
        return LocalDate.ofInstant(c.getOpenedAt(), nl.wijkregie.shared.ClockProducer.ZONE);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
