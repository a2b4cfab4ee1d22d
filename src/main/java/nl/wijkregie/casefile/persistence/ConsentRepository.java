package nl.wijkregie.casefile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.casefile.domain.Consent;

@ApplicationScoped
public class ConsentRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void add(Consent consent) {
        em.persist(consent);
    }

    public Optional<Consent> find(UUID id) {
        return Optional.ofNullable(em.find(Consent.class, id));
    }

    public List<Consent> ofHousehold(UUID householdId) {
        return em.createQuery("select c from Consent c where c.householdId = :household"
                        + " order by c.recordedOn desc, c.recordedAt desc", Consent.class)
                .setParameter("household", householdId).getResultList();
    }
}
