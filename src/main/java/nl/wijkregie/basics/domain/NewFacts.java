package nl.wijkregie.basics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Facts to record at once, each dimension optional (null: not recorded this time) and each with its own date and
 * source: a professional may know the housing from a document and the income from the resident.
 */
public record NewFacts(Housing housing, Income income, DebtsFact debts, Safety safety) {

    public record Housing(LocalDate observedOn, Source source, HousingSituation situation) {
    }

    public record Income(LocalDate observedOn, Source source, List<IncomeSource> sources, Long netMonthlyCents) {
    }

    public record DebtsFact(LocalDate observedOn, Source source, BasicsFact.Debts debts) {
    }

    public record Safety(LocalDate observedOn, Source source, Answer concern, Answer veiligThuisReport) {
    }

    public boolean isEmpty() {
        return housing == null && income == null && debts == null && safety == null;
    }

    /** The facts as rows, recorded by {@code recordedBy} now; refuses a date after {@code today}. */
    public List<BasicsFact> toFacts(UUID householdId, String recordedBy, Instant now, LocalDate today) {
        List<BasicsFact> facts = new ArrayList<>();
        if (housing != null) {
            facts.add(BasicsFact.housing(provenance(householdId, housing.observedOn(), housing.source(), recordedBy,
                    now, today), today, housing.situation()));
        }
        if (income != null) {
            facts.add(BasicsFact.income(provenance(householdId, income.observedOn(), income.source(), recordedBy,
                    now, today),
                    today, income.sources(), income.netMonthlyCents()));
        }
        if (debts != null) {
            facts.add(BasicsFact.debts(provenance(householdId, debts.observedOn(), debts.source(), recordedBy,
                    now, today),
                    today, debts.debts()));
        }
        if (safety != null) {
            facts.add(BasicsFact.safety(provenance(householdId, safety.observedOn(), safety.source(), recordedBy,
                    now, today),
                    today, safety.concern(), safety.veiligThuisReport()));
        }
        return facts;
    }

    /** Without a date the fact is of today; without a source it is the professional's own. */
    private static BasicsFact.Provenance provenance(UUID householdId, LocalDate observedOn, Source source,
                                                    String recordedBy, Instant now,
                                                    LocalDate today) {
        return new BasicsFact.Provenance(householdId, observedOn == null ? today : observedOn,
                source == null ? Source.PROFESSIONAL : source, recordedBy, now);
    }
}
