package nl.wijkregie.audit;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Implemented by each module that logs access to a person's data under its own subject ids (a household, a case, a
 * signal case), so the access overview of one person can be put together without the audit module knowing them.
 * Implementations run inside the overview's transaction and log nothing themselves.
 */
public interface PersonalDataSubjects {

    /** The subject ids under which data of this person (a household member) is logged by the module. */
    Set<UUID> subjectsOf(UUID personId);

    /** The persons (member ids) with this BSN the module knows; empty for modules that keep no BSN. */
    default List<UUID> personsWithBsn(String bsn) {
        return List.of();
    }
}
