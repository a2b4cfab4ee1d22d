package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.shared.DuplicateException;
import nl.wijkregie.shared.ForbiddenException;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.domain.SignalPartner;
import nl.wijkregie.signal.persistence.SignalPartnerRepository;

/**
 * The register of signal partners the administrator keeps: which machine account belongs to which organisation and
 * DDAS partner type, and whether it may still deliver. Registering or changing one gives an account access to the
 * signal intake, so every write is access-logged with the administrator as the actor.
 */
@ApplicationScoped
public class SignalPartners {

    private static final Logger LOG = Logger.getLogger(SignalPartners.class.getName());

    /** What the administrator enters for a partner. */
    public record PartnerDetails(String account, String organisation, PartnerType partnerType, boolean active) {
    }

    @Inject
    SignalPartnerRepository partners;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<SignalPartner> all() {
        return partners.all();
    }

    @Transactional
    public SignalPartner register(PartnerDetails details) {
        requireAccountFree(details.account(), null);
        SignalPartner partner = SignalPartner.register(details.account(), details.organisation(),
                details.partnerType(), details.active());
        partners.add(partner);
        partners.flush();
        log(AccessAction.CREATE, partner);
        LOG.info(() -> currentUser.userId() + " registered signal partner " + partner.getId());
        return partner;
    }

    /**
     * Changes a partner. The account can only be renamed while no signal or upload names it yet: those rows keep the
     * account they came in with, and the partner's status feed finds them by it.
     */
    @Transactional
    public SignalPartner change(UUID id, long editedVersion, PartnerDetails details) {
        SignalPartner partner = partners.find(id).orElseThrow(() -> new NotFoundException("Signaalpartner", id));
        if (!partner.getAccount().equals(details.account())) {
            requireAccountFree(details.account(), id);
            if (partners.isInUse(partner.getAccount())) {
                throw new RuleViolationException("partner-account-in-use", "Account " + partner.getAccount()
                        + " heeft al signalen aangeleverd en kan niet worden hernoemd. Zet deze signaalpartner op"
                        + " inactief en registreer het nieuwe account als nieuwe signaalpartner.");
            }
        }
        partner.change(editedVersion, details.account(), details.organisation(), details.partnerType(),
                details.active());
        partners.flush();
        log(AccessAction.UPDATE, partner);
        LOG.info(() -> currentUser.userId() + " changed signal partner " + id + (partner.isActive() ? ""
                : " (inactive)"));
        return partner;
    }

    /**
     * The organisation and partner type of the calling signal-partner account, as its signals and files are stamped
     * with; refused when it is not active.
     */
    @Transactional
    public SignalCsvFormat.Partner callingPartner() {
        SignalPartner partner = activePartnerOf(currentUser.userId());
        return new SignalCsvFormat.Partner(partner.getPartnerType(), partner.getOrganisation());
    }

    /**
     * The partner the calling account is registered as, if it may deliver: an unknown account is told to get
     * registered (422), a switched-off one is refused (403).
     */
    @Transactional
    public SignalPartner activePartnerOf(String account) {
        SignalPartner partner = partners.byAccount(account).orElseThrow(() -> new RuleViolationException(
                "unknown-partner", "Dit account is niet als signaalpartner geregistreerd"));
        if (!partner.isActive()) {
            throw new ForbiddenException("Dit account is niet (meer) actief als signaalpartner");
        }
        return partner;
    }

    private void requireAccountFree(String account, UUID except) {
        partners.byAccountIgnoringCase(account).filter(other -> !other.getId().equals(except)).ifPresent(other -> {
            throw new DuplicateException("Account " + account + " is al geregistreerd voor "
                    + other.getOrganisation());
        });
    }

    private void log(AccessAction action, SignalPartner partner) {
        accessLog.record(action, AccessPurpose.EARLY_SIGNALLING,
                new AccessedSubject(SubjectType.SIGNAL_PARTNER, partner.getId(), null));
    }
}
