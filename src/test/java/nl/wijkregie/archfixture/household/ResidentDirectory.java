package nl.wijkregie.archfixture.household;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An EntityManager in a module's root package, as household.ResidentDirectory and signal.SignalRetention had. */
public class ResidentDirectory {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from household").getSingleResult()).longValue();
    }
}
