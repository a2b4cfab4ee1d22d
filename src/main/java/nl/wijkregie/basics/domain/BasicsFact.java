package nl.wijkregie.basics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.RuleViolationException;

/**
 * One fact about one dimension of a household's basics, with its date, source and who recorded it. Facts are
 * appended, never changed: the latest per dimension is what the next check uses, and an earlier check stays
 * explainable by the facts it had. Every value may be missing: "onbekend" is a valid answer everywhere.
 */
@Entity
@Table(name = "basics_fact")
public class BasicsFact {

    @Id
    private UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    private UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Dimension dimension;

    @Column(name = "observed_on", nullable = false, updatable = false)
    private LocalDate observedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "housing_situation", updatable = false)
    private HousingSituation housingSituation;

    @Column(name = "income_sources", updatable = false)
    private String incomeSources;

    @Column(name = "net_income_cents", updatable = false)
    private Long netIncomeCents;

    @Column(name = "debt_count", updatable = false)
    private Integer debtCount;

    @Column(name = "debt_total_cents", updatable = false)
    private Long debtTotalCents;

    @Column(updatable = false)
    private String creditors;

    @Enumerated(EnumType.STRING)
    @Column(name = "debt_help", updatable = false)
    private Answer debtHelp;

    @Column(name = "debt_criteria", updatable = false)
    private String debtCriteria;

    @Enumerated(EnumType.STRING)
    @Column(name = "disconnection_threat", updatable = false)
    private Answer disconnectionThreat;

    @Enumerated(EnumType.STRING)
    @Column(name = "safety_concern", updatable = false)
    private Answer safetyConcern;

    @Enumerated(EnumType.STRING)
    @Column(name = "veilig_thuis_report", updatable = false)
    private Answer veiligThuisReport;

    protected BasicsFact() {
    }

    /** Who recorded what, when and on what evidence: the part every fact shares. */
    public record Provenance(UUID householdId, LocalDate observedOn, Source source, String recordedBy,
                             Instant recordedAt) {
    }

    private BasicsFact(Dimension dimension, Provenance provenance, LocalDate today) {
        if (provenance.observedOn().isAfter(today)) {
            throw new RuleViolationException("fact-in-future", "De datum van een feit ligt niet in de toekomst");
        }
        this.id = Ids.newId();
        this.householdId = provenance.householdId();
        this.dimension = dimension;
        this.observedOn = provenance.observedOn();
        this.source = provenance.source();
        this.recordedBy = provenance.recordedBy();
        this.recordedAt = provenance.recordedAt();
    }

    public static BasicsFact housing(Provenance provenance, LocalDate today, HousingSituation situation) {
        BasicsFact fact = new BasicsFact(Dimension.HOUSING, provenance, today);
        fact.housingSituation = situation == null ? HousingSituation.UNKNOWN : situation;
        return fact;
    }

    public static BasicsFact income(Provenance provenance, LocalDate today, Collection<IncomeSource> sources,
                                    Long netIncomeCents) {
        if (netIncomeCents != null && netIncomeCents < 0) {
            throw new RuleViolationException("negative-income", "Het inkomen is niet negatief");
        }
        BasicsFact fact = new BasicsFact(Dimension.INCOME, provenance, today);
        fact.incomeSources = join(sources);
        fact.netIncomeCents = netIncomeCents;
        return fact;
    }

    /** Debts: all values optional; {@code criteria} are the CBS registrations known to apply. */
    public record Debts(Integer count, Long totalCents, List<String> creditors, Answer debtHelp,
                        Collection<DebtCriterion> criteria, Answer disconnectionThreat) {
    }

    public static BasicsFact debts(Provenance provenance, LocalDate today, Debts debts) {
        if ((debts.count() != null && debts.count() < 0) || (debts.totalCents() != null && debts.totalCents() < 0)) {
            throw new RuleViolationException("negative-debts", "Aantal en bedrag van schulden zijn niet negatief");
        }
        BasicsFact fact = new BasicsFact(Dimension.DEBTS, provenance, today);
        fact.debtCount = debts.count();
        fact.debtTotalCents = debts.totalCents();
        fact.creditors = debts.creditors() == null || debts.creditors().isEmpty() ? null
                : String.join("\n", debts.creditors());
        fact.debtHelp = orUnknown(debts.debtHelp());
        fact.debtCriteria = join(debts.criteria());
        fact.disconnectionThreat = orUnknown(debts.disconnectionThreat());
        return fact;
    }

    public static BasicsFact safety(Provenance provenance, LocalDate today, Answer concern, Answer veiligThuisReport) {
        BasicsFact fact = new BasicsFact(Dimension.SAFETY, provenance, today);
        fact.safetyConcern = orUnknown(concern);
        fact.veiligThuisReport = orUnknown(veiligThuisReport);
        return fact;
    }

    private static Answer orUnknown(Answer answer) {
        return answer == null ? Answer.UNKNOWN : answer;
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).distinct().sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        return joined == null ? List.of()
                : Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).toList();
    }

    public UUID getId() {
        return id;
    }

    public UUID getHouseholdId() {
        return householdId;
    }

    public Dimension getDimension() {
        return dimension;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public Source getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public HousingSituation getHousingSituation() {
        return housingSituation;
    }

    public List<IncomeSource> getIncomeSources() {
        return split(incomeSources, IncomeSource.class);
    }

    public Long getNetIncomeCents() {
        return netIncomeCents;
    }

    public Integer getDebtCount() {
        return debtCount;
    }

    public Long getDebtTotalCents() {
        return debtTotalCents;
    }

    public List<String> getCreditors() {
        return creditors == null ? List.of() : List.of(creditors.split("\n"));
    }

    public Answer getDebtHelp() {
        return debtHelp;
    }

    public List<DebtCriterion> getDebtCriteria() {
        return split(debtCriteria, DebtCriterion.class);
    }

    public Answer getDisconnectionThreat() {
        return disconnectionThreat;
    }

    public Answer getSafetyConcern() {
        return safetyConcern;
    }

    public Answer getVeiligThuisReport() {
        return veiligThuisReport;
    }
}
