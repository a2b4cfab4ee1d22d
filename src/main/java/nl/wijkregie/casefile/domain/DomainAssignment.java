package nl.wijkregie.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import nl.wijkregie.shared.Ids;

/** That a domain is involved in a case, for one member or (member absent) for the household as a whole. */
@Entity
@Table(name = "case_domain")
public class DomainAssignment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CareDomain domain;

    @Column(name = "member_id")
    private UUID memberId;

    protected DomainAssignment() {
    }

    DomainAssignment(CaseFile caseFile, CareDomain domain, UUID memberId) {
        this.id = Ids.newId();
        this.caseFile = caseFile;
        this.domain = domain;
        this.memberId = memberId;
    }

    public CareDomain getDomain() {
        return domain;
    }

    public UUID getMemberId() {
        return memberId;
    }

    boolean sameAs(DomainInvolvement involvement) {
        return domain == involvement.domain() && java.util.Objects.equals(memberId, involvement.memberId());
    }
}
