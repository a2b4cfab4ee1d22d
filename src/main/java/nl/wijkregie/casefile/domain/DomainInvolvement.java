package nl.wijkregie.casefile.domain;

import java.util.UUID;

/** A domain that applies, to one member or (memberId null) to the whole household. */
public record DomainInvolvement(CareDomain domain, UUID memberId) {
}
