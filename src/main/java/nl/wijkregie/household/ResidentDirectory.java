package nl.wijkregie.household;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Lookups of current residents for matching incoming signals to known households, many at a time (a monthly list
 * has thousands of rows). It returns what matching needs and no more; the caller logs the households it links.
 */
@ApplicationScoped
public class ResidentDirectory {

    private final Cache<String, String> wijkOfArea = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(15)).build();

    /** A current member of a household at its current address. */
    public record Resident(UUID householdId, UUID teamId, String wijkCode, String postcode, int houseNumber,
                           String houseNumberAddition, UUID memberId, String firstName, String surnamePrefix,
                           String surname, LocalDate dateOfBirth) {
    }

    private static final String SELECT = "select h.id, h.team_id, h.wijk_code, h.postcode, h.house_number,"
            + " h.house_number_addition, m.id, m.first_name, m.surname_prefix, m.surname, m.date_of_birth"
            + " from household h join household_member m on m.household_id = h.id and m.left_on is null";

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    /** Residents living at any of these postcodes with one of these house numbers (the caller narrows further). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resident> residentsAt(Collection<String> postcodes, Collection<Integer> houseNumbers) {
        if (postcodes.isEmpty()) {
            return List.of();
        }
        return map(em.createNativeQuery(SELECT + " where h.postcode in (:postcodes)"
                        + " and h.house_number in (:numbers)")
                .setParameter("postcodes", postcodes).setParameter("numbers", houseNumbers).getResultList());
    }

    /** Residents born on any of these dates, wherever they live (people move; partners have old addresses). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Resident> residentsBornOn(Collection<LocalDate> dates) {
        if (dates.isEmpty()) {
            return List.of();
        }
        return map(em.createNativeQuery(SELECT + " where m.date_of_birth in (:dates)")
                .setParameter("dates", dates.stream().map(Date::valueOf).toList()).getResultList());
    }

    /**
     * The wijk most households of this postcode area (the four digits) live in: signals for unknown addresses go to
     * the team serving it. Remembered for a quarter of an hour: it hardly ever changes, and a monthly list asks it for
     * the same few dozen areas thousands of times. Areas without households are asked again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> wijkOfPostcodeArea(String postcode) {
        String area = postcode.substring(0, 4);
        String known = wijkOfArea.getIfPresent(area);
        if (known != null) {
            return Optional.of(known);
        }
        List<?> rows = em.createNativeQuery("select wijk_code from household where postcode between :low and :high"
                        + " group by wijk_code order by count(*) desc, wijk_code limit 1")
                .setParameter("low", area + "AA").setParameter("high", area + "ZZ").getResultList();
        Optional<String> wijk = rows.stream().map(Object::toString).findFirst();
        wijk.ifPresent(found -> wijkOfArea.put(area, found));
        return wijk;
    }

    /**
     * Which of these households belong to one of these teams: a match candidate is shown only to a team that may see
     * its household.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> ownedBy(Collection<UUID> householdIds, Collection<UUID> teamIds) {
        Set<UUID> owned = new HashSet<>();
        if (householdIds.isEmpty() || teamIds.isEmpty()) {
            return owned;
        }
        em.createNativeQuery("select id from household where id in (:ids) and team_id in (:teams)")
                .setParameter("ids", householdIds).setParameter("teams", teamIds).getResultList()
                .forEach(id -> owned.add((UUID) id));
        return owned;
    }

    /** "Name, street number, postcode" of each household, for showing match candidates. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, String> labelsOf(Collection<UUID> householdIds) {
        Map<UUID, String> labels = new HashMap<>();
        if (householdIds.isEmpty()) {
            return labels;
        }
        List<?> rows = em.createNativeQuery("select id, display_name || ', ' || street || ' ' || house_number"
                        + " || coalesce(house_number_addition, '') || ', ' || postcode from household"
                        + " where id in (:ids)").setParameter("ids", householdIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            labels.put((UUID) columns[0], (String) columns[1]);
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static List<Resident> map(List<?> rows) {
        List<Resident> residents = new ArrayList<>(rows.size());
        for (Object[] row : (List<Object[]>) rows) {
            residents.add(new Resident((UUID) row[0], (UUID) row[1], (String) row[2], ((String) row[3]).trim(),
                    ((Number) row[4]).intValue(), (String) row[5], (UUID) row[6], (String) row[7], (String) row[8],
                    (String) row[9], toLocalDate(row[10])));
        }
        return residents;
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
