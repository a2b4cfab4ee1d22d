package nl.wijkregie.signal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.signal.domain.SignalPartner;

@ApplicationScoped
public class SignalPartnerRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public List<SignalPartner> all() {
        return em.createQuery("select p from SignalPartner p order by lower(p.organisation), p.account",
                SignalPartner.class).getResultList();
    }

    public Optional<SignalPartner> find(UUID id) {
        return Optional.ofNullable(em.find(SignalPartner.class, id));
    }

    /** The partner that logs in as exactly this account. */
    public Optional<SignalPartner> byAccount(String account) {
        return em.createQuery("select p from SignalPartner p where p.account = :account", SignalPartner.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    /** A partner registered under this account in any letter case: "Woonzaam" and "woonzaam" are one. */
    public Optional<SignalPartner> byAccountIgnoringCase(String account) {
        return em.createQuery("select p from SignalPartner p where lower(p.account) = lower(:account)",
                SignalPartner.class).setParameter("account", account).getResultStream().findFirst();
    }

    /** Whether signals or uploads name this account: then it cannot be renamed without orphaning them. */
    public boolean isInUse(String account) {
        return !em.createNativeQuery("select 1 from signal where partner_account = ?1 union all"
                        + " select 1 from signal_batch where partner_account = ?1 limit 1")
                .setParameter(1, account).getResultList().isEmpty();
    }

    public void add(SignalPartner partner) {
        em.persist(partner);
    }

    public void flush() {
        em.flush();
    }
}
