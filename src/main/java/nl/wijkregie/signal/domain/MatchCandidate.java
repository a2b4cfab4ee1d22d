package nl.wijkregie.signal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A known household that may be the one the signal is about, with why it was proposed. */
@Embeddable
public record MatchCandidate(@Column(name = "household_id") UUID householdId,
                             @Column(name = "member_id") UUID memberId,
                             @Column(name = "reason") String reason) {
}
