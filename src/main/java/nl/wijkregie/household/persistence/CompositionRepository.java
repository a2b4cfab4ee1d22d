package nl.wijkregie.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.household.HouseholdCompositions.Area;
import nl.wijkregie.household.HouseholdCompositions.Resident;

/** The query behind {@link nl.wijkregie.household.HouseholdCompositions}: many households in one round trip. */
@ApplicationScoped
public class CompositionRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Map<UUID, List<Resident>> compositionsOf(Collection<UUID> householdIds, LocalDate on) {
        Map<UUID, List<Resident>> compositions = new HashMap<>();
        if (householdIds.isEmpty()) {
            return compositions;
        }
        List<Object[]> rows = em.createNativeQuery("select household_id, role, date_of_birth from household_member"
                        + " where household_id in (:ids) and joined_on <= :on and (left_on is null or left_on > :on)")
                .setParameter("ids", householdIds).setParameter("on", Date.valueOf(on)).getResultList();
        for (Object[] row : rows) {
            compositions.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>())
                    .add(new Resident((String) row[1], toLocalDate(row[2])));
        }
        householdIds.forEach(id -> compositions.putIfAbsent(id, List.of()));
        return compositions;
    }

    @SuppressWarnings("unchecked")
    public Map<UUID, Area> areasOf(Collection<UUID> householdIds) {
        Map<UUID, Area> areas = new HashMap<>();
        if (householdIds.isEmpty()) {
            return areas;
        }
        List<Object[]> rows = em.createNativeQuery("select id, wijk_code, buurt_code from household where id in (:ids)")
                .setParameter("ids", householdIds).getResultList();
        for (Object[] row : rows) {
            areas.put((UUID) row[0], new Area((String) row[1], (String) row[2]));
        }
        return areas;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
