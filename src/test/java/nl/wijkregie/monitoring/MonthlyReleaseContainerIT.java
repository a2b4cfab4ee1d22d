package nl.wijkregie.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.monitoring.domain.Indicators;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: the monthly release asked for by two workers at the same moment (as two nodes do) is made once
 * per indicator — the unique index on scheduled releases lets one insert win and the other insert nothing — and
 * asking again makes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReleaseContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(MonthlyReleaseContainerIT.class);
    }

    @Inject
    MonitoringReleases releases;

    @Test
    void twoWorkersAtOnceMakeEachMonthlyReleaseOnce() throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        long before = ContainerDeployment.count("select count(*) from wijkregie.outcome_release where scheduled");
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> {
            start.await();
            return releases.releaseMonthly();
        });
        Future<Integer> second = executor.submit(() -> {
            start.await();
            return releases.releaseMonthly();
        });
        start.countDown();
        int made = first.get(2, TimeUnit.MINUTES) + second.get(2, TimeUnit.MINUTES);
        long stored = ContainerDeployment.count("select count(*) from wijkregie.outcome_release where scheduled") - before;

        assertEquals(stored, made, "what the workers say they made is what is stored");
        assertEquals(before == 0 ? Indicators.ALL.size() : 0, stored, "one release per indicator, not two");
        assertEquals(0, releases.releaseMonthly(), "asking again makes nothing");
        assertEquals(Indicators.ALL.size(), ContainerDeployment.count(
                "select count(distinct indicator) from wijkregie.outcome_release where scheduled"));
        assertEquals(Indicators.ALL.size(), ContainerDeployment.count(
                "select count(*) from wijkregie.outcome_release where scheduled"));
    }
}
