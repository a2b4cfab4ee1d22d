package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.wijkregie.casefile.domain.CaseStatus;
import org.eclipse.microprofile.config.Config;

/**
 * How long a case may stay in each phase before it counts as overdue, in calendar days. Municipal policy, so it is
 * configuration ({@code wijkregie.case.norm.<STATUS>}); the defaults follow the legal terms where there is one (Wmo:
 * investigation within 6 weeks).
 */
@ApplicationScoped
public class CaseNorms {

    @Inject
    Config config;

    public LocalDate dueOn(CaseStatus status, LocalDate from) {
        if (!status.isOpen()) {
            return null;
        }
        return from.plusDays(config.getOptionalValue("wijkregie.case.norm." + status.name(), Integer.class)
                .orElse(defaultDays(status)));
    }

    static int defaultDays(CaseStatus status) {
        return switch (status) {
            case AANGEMELD -> 14;
            case INTAKE -> 42;
            case PLAN -> 28;
            case UITVOERING -> 182;
            case EVALUATIE -> 28;
            case AFGESLOTEN -> 0;
        };
    }
}
