package nl.wijkregie.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.household.HouseholdQuery;
import nl.wijkregie.household.HouseholdSummary;
import nl.wijkregie.household.domain.Household;
import nl.wijkregie.shared.Page;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.shared.Postcode;

@ApplicationScoped
public class HouseholdRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Household household) {
        em.persist(household);
    }

    /** The household with its members, loaded in one query (the REST layer maps them after the transaction). */
    public Optional<Household> find(UUID id) {
        return em.createQuery("select h from Household h left join fetch h.members where h.id = :id", Household.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** As {@link #find}, for reading only: no snapshot is kept and flush skips it. */
    public Optional<Household> findForReading(UUID id) {
        return em.createQuery("select h from Household h left join fetch h.members where h.id = :id", Household.class)
                .setParameter("id", id)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .findFirst();
    }

    /** Newest first; served by index household_team_created. */
    public Page<HouseholdSummary> pageOfTeams(Collection<UUID> teamIds, PageRequest request) {
        if (teamIds.isEmpty()) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        List<HouseholdSummary> items = em.createQuery("""
                        select new nl.wijkregie.household.HouseholdSummary(h.id, h.displayName, h.address.postcode,
                            h.address.houseNumber, h.address.houseNumberAddition, h.address.town, h.address.wijkCode,
                            h.teamId, (select count(m) from Member m where m.household = h and m.leftOn is null), h.createdAt)
                        from Household h where h.teamId in :teams
                        order by h.createdAt desc, h.id""", HouseholdSummary.class)
                .setParameter("teams", teamIds)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        long total = em.createQuery("select count(h) from Household h where h.teamId in :teams", Long.class)
                .setParameter("teams", teamIds)
                .getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** Display names of the households with these ids, with their team (for task labels). */
    public List<Object[]> labelsOf(Collection<UUID> ids) {
        return em.createQuery("select h.id, h.displayName, h.teamId from Household h where h.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Words of a name that are surname prefixes ("van der Berg" is found as "Berg"). */
    static final Set<String> SURNAME_PREFIXES = Set.of("van", "von", "de", "der", "den", "het", "t", "ter", "ten", "te",
            "in", "op", "la", "le", "du", "da", "di", "dos", "das", "del", "s");
    private static final int SEARCH_LIMIT = 1000;

    /**
     * Households of the teams matching every given criterion, by display name. Names are compared on the search key
     * kept by the database ({@code name_key}: lower case, no diacritics), word by word from the start of a word.
     */
    public Page<HouseholdSummary> search(Collection<UUID> teamIds, HouseholdQuery query, PageRequest request) {
        if (teamIds.isEmpty() || query.isEmpty()) {
            return new Page<>(List.of(), request.page(), request.size(), 0);
        }
        StringBuilder sql = new StringBuilder("select h.id from wijkregie.household h where h.team_id in (:teams)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("teams", teamIds);
        if (query.name() != null && !query.name().isBlank()) {
            List<String> words = nameWords(query.name());
            StringBuilder member = new StringBuilder(
                    " and exists (select 1 from wijkregie.household_member m where m.household_id = h.id");
            for (int i = 0; i < words.size(); i++) {
                member.append(" and m.search_name like :word").append(i);
                parameters.put("word" + i, "% " + words.get(i) + "%");
            }
            sql.append(member).append(')');
        }
        if (query.postcode() != null && !query.postcode().isBlank()) {
            sql.append(" and h.postcode = :postcode");
            parameters.put("postcode", Postcode.normalise(query.postcode()));
        }
        if (query.houseNumber() != null) {
            sql.append(" and h.house_number = :houseNumber");
            parameters.put("houseNumber", query.houseNumber());
        }
        if (query.bsn() != null && !query.bsn().isBlank()) {
            sql.append(" and exists (select 1 from wijkregie.household_member b where b.household_id = h.id"
                    + " and b.bsn = :bsn)");
            parameters.put("bsn", query.bsn().trim());
        }
        sql.append(" order by h.display_name, h.id limit ").append(SEARCH_LIMIT);
        var nativeQuery = em.createNativeQuery(sql.toString(), UUID.class);
        parameters.forEach(nativeQuery::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = nativeQuery.getResultList();
        List<UUID> pageIds = ids.stream().skip(request.offset()).limit(request.size()).toList();
        return new Page<>(summariesOf(pageIds), request.page(), request.size(), ids.size());
    }

    /** The words to look for: the query's search key split into words, surname prefixes left out. */
    List<String> nameWords(String name) {
        String key = (String) em.createNativeQuery("select wijkregie.name_key(:name)").setParameter("name", name)
                .getSingleResult();
        List<String> words = Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).toList();
        List<String> withoutPrefixes = words.stream().filter(w -> !SURNAME_PREFIXES.contains(w)).toList();
        return withoutPrefixes.isEmpty() ? words : withoutPrefixes;
    }

    private List<HouseholdSummary> summariesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, HouseholdSummary> byId = new HashMap<>();
        em.createQuery("""
                        select new nl.wijkregie.household.HouseholdSummary(h.id, h.displayName, h.address.postcode,
                            h.address.houseNumber, h.address.houseNumberAddition, h.address.town, h.address.wijkCode,
                            h.teamId, (select count(m) from Member m where m.household = h and m.leftOn is null),
                            h.createdAt)
                        from Household h where h.id in :ids""", HouseholdSummary.class)
                .setParameter("ids", ids)
                .getResultList().forEach(s -> byId.put(s.id(), s));
        List<HouseholdSummary> ordered = new ArrayList<>();
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    public Optional<UUID> teamOf(UUID householdId) {
        return em.createQuery("select h.teamId from Household h where h.id = :id", UUID.class)
                .setParameter("id", householdId).getResultStream().findFirst();
    }

    public void flush() {
        em.flush();
    }

    /** The household a member belongs (or belonged) to. */
    public Optional<UUID> householdOfMember(UUID memberId) {
        return em.createQuery("select m.household.id from Member m where m.id = :id", UUID.class)
                .setParameter("id", memberId).getResultStream().findFirst();
    }

    /** Members with this BSN, in any team (for a resident's privacy request). */
    public List<UUID> membersWithBsn(String bsn) {
        return em.createQuery("select m.id from Member m where m.bsn = :bsn", UUID.class)
                .setParameter("bsn", bsn).getResultList();
    }
}
