package nl.wijkregie.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.security.TeamId;
import org.junit.jupiter.api.Test;

/** The typed ids compare by their UUID, print as it (so paths and logs look as before) and are never empty. */
class TypedIdsTest {

    private static final UUID ID = UUID.fromString("0190c3a2-7b1e-7c3d-9a4f-1b2c3d4e5f60");

    @Test
    void typedIdsAreValuesAroundTheirUuid() {
        assertEquals(new HouseholdId(ID), HouseholdId.of(ID));
        assertEquals(new HouseholdId(ID).hashCode(), HouseholdId.of(ID).hashCode());
        assertNotEquals(new HouseholdId(ID), new HouseholdId(UUID.randomUUID()));
        assertEquals(ID.toString(), new CaseId(ID).toString());
        assertEquals(ID.toString(), new TeamId(ID).toString());
        assertNotEquals(new HouseholdId(ID), new TeamId(ID));
    }

    @Test
    void thereIsNoIdWithoutUuid() {
        assertThrows(NullPointerException.class, () -> new HouseholdId(null));
        assertThrows(NullPointerException.class, () -> new CaseId(null));
        assertNull(TeamId.of(null));
    }
}
