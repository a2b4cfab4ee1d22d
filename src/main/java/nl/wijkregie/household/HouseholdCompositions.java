package nl.wijkregie.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.household.persistence.CompositionRepository;

/**
 * Who lives in a household today, as role and date of birth only: what a rule needs to know the household type
 * (e.g. the bijstandsnorm for the basics check), without names. No scope check and no access-log entry here: the
 * calling module checks scope and logs the access to its own subject; a background re-check runs without a user.
 */
@ApplicationScoped
public class HouseholdCompositions {

    /** A current member: role (MemberRole name) and date of birth. */
    public record Resident(String role, LocalDate dateOfBirth) {
    }

    /** Where a household lives now, as CBS codes (buurt may be null): what an anonymous count is grouped by. */
    public record Area(String wijkCode, String buurtCode) {
    }

    @Inject
    CompositionRepository repository;

    /** The wijk and buurt of each household that exists (unknown ids are left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Area> areasOf(Collection<UUID> householdIds) {
        return repository.areasOf(householdIds);
    }

    /** The members living in each household on {@code on} (joined on or before it, not yet left). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, List<Resident>> compositionsOf(Collection<UUID> householdIds, LocalDate on) {
        return repository.compositionsOf(householdIds, on);
    }
}
