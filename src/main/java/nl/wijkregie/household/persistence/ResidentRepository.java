package nl.wijkregie.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.ResidentDirectory.NumberAt;
import nl.wijkregie.household.ResidentDirectory.Resident;
import nl.wijkregie.security.TeamId;
import nl.wijkregie.shared.PostalAddress;

/** The queries behind {@link nl.wijkregie.household.ResidentDirectory}: current residents, many at a time. */
@ApplicationScoped
public class ResidentRepository {

    private static final String SELECT = "select h.id, h.team_id, h.wijk_code, h.postcode, h.house_number,"
            + " h.house_number_addition, m.id, m.first_name, m.surname_prefix, m.surname, m.date_of_birth"
            + " from household h join household_member m on m.household_id = h.id and m.left_on is null";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /**
     * The pairs go in as two comma-separated lists unnested side by side (postcodes and house numbers hold no commas:
     * both are validated before they get here), joined to the household on its (postcode, house_number) index.
     */
    public List<Resident> residentsAt(Collection<NumberAt> addresses) {
        StringJoiner postcodes = new StringJoiner(",");
        StringJoiner numbers = new StringJoiner(",");
        for (NumberAt address : new LinkedHashSet<>(addresses)) {
            postcodes.add(address.postcode());
            numbers.add(Integer.toString(address.houseNumber()));
        }
        return map(em.createNativeQuery(SELECT + " join unnest(cast(string_to_array(:postcodes, ',') as char(6)[]),"
                        + " cast(string_to_array(:numbers, ',') as integer[])) as wanted(postcode, house_number)"
                        + " on h.postcode = wanted.postcode and h.house_number = wanted.house_number")
                .setParameter("postcodes", postcodes.toString()).setParameter("numbers", numbers.toString())
                .getResultList());
    }

    public List<Resident> residentsBornOn(Collection<LocalDate> dates) {
        return map(em.createNativeQuery(SELECT + " where m.date_of_birth in (:dates)")
                .setParameter("dates", dates.stream().map(Date::valueOf).toList()).getResultList());
    }

    /** The wijk most households of the postcodes from {@code low} to {@code high} live in. */
    public Optional<String> mostCommonWijk(String low, String high) {
        List<?> rows = em.createNativeQuery("select wijk_code from household where postcode between :low and :high"
                        + " group by wijk_code order by count(*) desc, wijk_code limit 1")
                .setParameter("low", low).setParameter("high", high).getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }

    public Optional<String> anyPostcodeArea() {
        List<?> rows = em.createNativeQuery("select substr(postcode, 1, 4) from household where postcode is not null"
                + " limit 1").getResultList();
        return rows.stream().map(Object::toString).findFirst();
    }

    public Set<UUID> ownedBy(Collection<UUID> householdIds, Collection<UUID> teamIds) {
        Set<UUID> owned = new HashSet<>();
        em.createNativeQuery("select id from household where id in (:ids) and team_id in (:teams)")
                .setParameter("ids", householdIds).setParameter("teams", teamIds).getResultList()
                .forEach(id -> owned.add((UUID) id));
        return owned;
    }

    public Map<UUID, String> labelsOf(Collection<UUID> householdIds) {
        Map<UUID, String> labels = new HashMap<>();
        List<?> rows = em.createNativeQuery("select id, display_name, street, house_number, house_number_addition,"
                        + " postcode, town from household where id in (:ids)")
                .setParameter("ids", householdIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            PostalAddress address = new PostalAddress((String) columns[2], ((Number) columns[3]).intValue(),
                    (String) columns[4], (String) columns[5], (String) columns[6]);
            labels.put((UUID) columns[0], columns[1] + ", " + address.shortLabel());
        }
        return labels;
    }

    /** Current residents with these BSNs, by BSN (issue 17: matching iJw/iWmo messages to members). */
    @SuppressWarnings("unchecked")
    public Map<String, Resident> residentsWithBsn(Collection<String> bsns) {
        List<Object[]> rows = em.createNativeQuery(SELECT.replace("select h.id,", "select m.bsn, h.id,")
                + " where m.bsn in (:bsns)").setParameter("bsns", bsns).getResultList();
        Map<String, Resident> residents = new HashMap<>();
        for (Object[] row : rows) {
            Object[] rest = java.util.Arrays.copyOfRange(row, 1, row.length);
            residents.put(((String) row[0]).trim(), map(List.of(new Object[][] {rest})).get(0));
        }
        return residents;
    }

    /** The current members of these households. */
    public List<Resident> residentsOf(Collection<UUID> householdIds) {
        return map(em.createNativeQuery(SELECT + " where h.id in (:ids)").setParameter("ids", householdIds)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Resident> map(List<?> rows) {
        List<Resident> residents = new ArrayList<>(rows.size());
        for (Object[] row : (List<Object[]>) rows) {
            residents.add(new Resident(new HouseholdId((UUID) row[0]), new TeamId((UUID) row[1]), (String) row[2], ((String) row[3]).trim(),
                    ((Number) row[4]).intValue(), (String) row[5], (UUID) row[6], (String) row[7], (String) row[8],
                    (String) row[9], toLocalDate(row[10])));
        }
        return residents;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
