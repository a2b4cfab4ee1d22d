package nl.wijkregie.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.plan.domain.Plan;

/**
 * The plan tab's content: the plan ({@code null} before the first step), whether the familiegroepsplan offer is
 * required (the case involves jeugd), the default next evaluation date, the household's members with whether they
 * are asked to agree, the team's professionals (who may carry an action or be regisseur), the display names of
 * the professionals the plan names, and whether the case is still open.
 */
public record PlanView(Plan plan, boolean offerRequired, LocalDate today, LocalDate defaultNextEvaluationOn,
                       List<Member> members, List<String> teamMembers, Map<String, String> professionalNames,
                       boolean caseOpen) {

    public record Member(UUID id, String name, LocalDate dateOfBirth, boolean asked) {
    }
}
