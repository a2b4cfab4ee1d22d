package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.signal.domain.DdasDelivery;
import nl.wijkregie.signal.domain.SignalCase;
import nl.wijkregie.signal.persistence.SignalCaseRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's DDAS delivery to CBS for a period: the signal cases matched in it with their signals, contact
 * attempts and end results, in the national JSON format. Every exported case is access-logged as an export.
 */
@ApplicationScoped
public class SignalExport {

    public static final int MAX_PERIOD_DAYS = 366;

    @Inject
    SignalCaseRepository signalCases;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.supplier-code", defaultValue = "WIJKREGIE")
    String supplierCode;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.municipality-code", defaultValue = "0479")
    String municipalityCode;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.organisation", defaultValue = "Gemeente Zaanstad")
    String organisation;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.kvk-number", defaultValue = "34366966")
    String kvkNumber;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-name", defaultValue = "Team Schuldhulpverlening")
    String contactName;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-phone", defaultValue = "14 075")
    String contactPhone;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-email", defaultValue = "vroegsignalering@zaanstad.nl")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-title", defaultValue = "Functioneel beheerder")
    String contactTitle;

    @Transactional
    public JsonObject delivery(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new RuleViolationException("export-period",
                    "De periode loopt van 'from' tot en met 'to' en is hooguit een jaar");
        }
        List<SignalCase> cases = signalCases.matchedBetween(from, to);
        accessLog.recordAll(AccessAction.EXPORT, AccessPurpose.EARLY_SIGNALLING,
                cases.stream().map(SignalCaseService::subjectOf).toList());
        DdasDelivery.Sender sender = new DdasDelivery.Sender(supplierCode, municipalityCode, organisation, kvkNumber,
                contactName, contactPhone, contactEmail, contactTitle);
        return DdasDelivery.build(sender, from, to, clock.instant(), cases);
    }
}
