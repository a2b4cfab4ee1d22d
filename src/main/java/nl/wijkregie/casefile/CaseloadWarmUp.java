package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.casefile.persistence.CaseFileRepository;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.warmup.WarmUpStep;

/**
 * The caseload list's query building and SQL for a team that does not exist, in each sort and scope: the same code as
 * a real caseload, with no one's case read.
 */
@ApplicationScoped
public class CaseloadWarmUp implements WarmUpStep {

    @Inject
    CaseFileRepository repository;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "caseload";
    }

    @Override
    public void run(int round) {
        CaseloadQuery.Sort[] sorts = CaseloadQuery.Sort.values();
        CaseloadQuery.Scope scope = CaseloadQuery.Scope.values()[round % 2];
        repository.caseload(List.of(UUID.randomUUID()), "warm-up", new CaseloadQuery(scope, null, null, null, null,
                null, round % 3 == 0, sorts[round % sorts.length], new PageRequest(0, 25)), LocalDate.now(clock));
    }
}
