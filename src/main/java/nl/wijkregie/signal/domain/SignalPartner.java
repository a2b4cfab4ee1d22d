package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import nl.wijkregie.shared.Ids;
import nl.wijkregie.shared.StaleVersionException;

/**
 * An organisation that delivers signals (a creditor under the Wgs) as the administrator registered it: its name and
 * DDAS partner type, which replace whatever its signals say, and the machine account (login name or OIDC client id)
 * its system authenticates with. A partnership that ends is switched off rather than removed: its signals keep
 * pointing at the account, and the account is refused from then on.
 */
@Entity
@Table(name = "signal_partner")
public class SignalPartner {

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false)
    private PartnerType partnerType;

    @Column(nullable = false)
    private boolean active;

    protected SignalPartner() {
    }

    public static SignalPartner register(String account, String organisation, PartnerType partnerType,
                                         boolean active) {
        SignalPartner partner = new SignalPartner();
        partner.id = Ids.newId();
        partner.account = account;
        partner.organisation = organisation;
        partner.partnerType = partnerType;
        partner.active = active;
        return partner;
    }

    /** The administrator's edit of the version they saw; a newer stored version means someone saved in between. */
    public void change(long editedVersion, String newAccount, String newOrganisation, PartnerType newType,
                       boolean newActive) {
        if (editedVersion != version) {
            throw new StaleVersionException("Signaalpartner", id, editedVersion, version);
        }
        account = newAccount;
        organisation = newOrganisation;
        partnerType = newType;
        active = newActive;
    }

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getAccount() {
        return account;
    }

    public String getOrganisation() {
        return organisation;
    }

    public PartnerType getPartnerType() {
        return partnerType;
    }

    public boolean isActive() {
        return active;
    }
}
