package nl.wijkregie.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.wijkregie.household.domain.Buurt;
import nl.wijkregie.household.domain.Wijk;

@ApplicationScoped
public class AreaRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public List<Wijk> wijken() {
        return em.createQuery("select w from Wijk w order by w.code", Wijk.class).getResultList();
    }

    public List<Buurt> buurten() {
        return em.createQuery("select b from Buurt b order by b.code", Buurt.class).getResultList();
    }

    public Optional<Wijk> wijk(String code) {
        return Optional.ofNullable(em.find(Wijk.class, code));
    }

    public Optional<Buurt> buurt(String code) {
        return Optional.ofNullable(em.find(Buurt.class, code));
    }

    public void add(Wijk wijk) {
        em.persist(wijk);
    }

    public void add(Buurt buurt) {
        em.persist(buurt);
    }

    /** Flushes new wijken before their buurten reference them. */
    public void flush() {
        em.flush();
    }
}
