package nl.wijkregie.shared.warmup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WarmUpBudgetTest {

    @Test
    void stopsAfterTheRoundsOrTheTimeWhicheverComesFirst() {
        WarmUpBudget budget = new WarmUpBudget(Duration.ofSeconds(45), 300);
        assertTrue(budget.allowsAnotherRound(0, Duration.ZERO));
        assertTrue(budget.allowsAnotherRound(299, Duration.ofSeconds(44)));
        assertFalse(budget.allowsAnotherRound(300, Duration.ofSeconds(1)));
        assertFalse(budget.allowsAnotherRound(10, Duration.ofSeconds(45)));
    }

    @Test
    void zeroSecondsOrZeroRoundsDisablesIt() {
        assertTrue(new WarmUpBudget(Duration.ZERO, 300).disabled());
        assertTrue(new WarmUpBudget(Duration.ofSeconds(45), 0).disabled());
        assertFalse(new WarmUpBudget(Duration.ZERO, 300).allowsAnotherRound(0, Duration.ZERO));
        assertFalse(new WarmUpBudget(Duration.ofSeconds(45), 300).disabled());
    }

    @Test
    void refusesNegativeBudgets() {
        assertThrows(IllegalArgumentException.class, () -> new WarmUpBudget(Duration.ofSeconds(-1), 1));
        assertThrows(IllegalArgumentException.class, () -> new WarmUpBudget(Duration.ofSeconds(1), -1));
    }
}
