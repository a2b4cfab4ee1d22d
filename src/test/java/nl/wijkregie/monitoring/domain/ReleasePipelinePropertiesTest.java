package nl.wijkregie.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The release pipeline over generated households with personal data (name, BSN, birth date, address) and events
 * (seeded, 200 runs): each event becomes an outcome row as the intake makes it (pseudonym, wijk, month, age band),
 * rows are counted as distinct households per wijk and month, protected, and rendered as a release. No release holds
 * a personal field, a published cell below the threshold, an unrounded count, or a suppressed cell that its row or
 * column gives away; and of two releases one household apart, no cell published in both reveals it.
 */
class ReleasePipelinePropertiesTest {

    private static final byte[] SECRET = "property-test-secret-of-at-least-32-bytes".getBytes();
    private static final DisclosureRules RULES = DisclosureRules.DEFAULT;
    private static final List<String> WIJKEN = List.of("WK047901", "WK047902", "WK047903", "WK047904", "WK047905");
    private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05",
            "2026-06");

    record Household(UUID id, String name, String bsn, LocalDate birthDate, String street, String wijk) {
    }

    record Event(Household household, YearMonth month) {
    }

    /** An outcome row as the intake stores it: nothing but pseudonym, codes, month and band. */
    record Row(String key, String wijk, String month, String ageBand) {
    }

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noReleaseHoldsAPersonalFieldOrASmallOrUnroundedOrRecoverableCell(long seed) {
        Random random = new Random(seed);
        List<Household> households = households(random);
        List<Event> events = events(random, households);

        CountTable exact = tally(rows(events));
        ProtectedTable table = DisclosureControl.protect(exact, RULES);
        ReleaseContent release = ReleaseContent.of(table, null);

        String published = release.cells().toString() + release.areas() + release.months();
        Pseudonymiser pseudonymiser = new Pseudonymiser(SECRET, 1);
        for (Household household : households) {
            assertThat(published).doesNotContain(household.name()).doesNotContain(household.bsn())
                    .doesNotContain(household.birthDate().toString()).doesNotContain(household.street())
                    .doesNotContain(household.id().toString())
                    .doesNotContain(pseudonymiser.pseudonymOf(household.id()));
        }
        long[][] grid = exact.withMargins();
        for (ReleaseContent.Cell cell : release.cells()) {
            int r = cell.area().equals(ReleaseContent.TOTAL) ? WIJKEN.size() : WIJKEN.indexOf(cell.area());
            int c = cell.month().equals(ReleaseContent.TOTAL) ? MONTHS.size() : MONTHS.indexOf(cell.month());
            if (cell.suppression() == null) {
                long count = Long.parseLong(cell.count());
                assertThat(count % RULES.roundingBase()).as(cell.toString()).isZero();
                assertThat(RULES.isTooSmall(grid[r][c])).as(cell.toString()).isFalse();
            } else {
                assertThat(cell.count()).isEqualTo(ProtectedTable.SUPPRESSED_MARK);
            }
        }
        assertNoLineGivesAwayASuppressedCell(release, grid);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void twoReleasesOneHouseholdApartDoNotRevealIt(long seed) {
        Random random = new Random(seed);
        List<Household> households = households(random);
        List<Event> events = events(random, households);
        CountTable before = tally(rows(events));
        ProtectedTable first = DisclosureControl.protect(before, RULES);

        Household newcomer = household(random, households.size());
        List<Event> more = new ArrayList<>(events);
        more.add(new Event(newcomer, YearMonth.parse(MONTHS.get(random.nextInt(MONTHS.size())))));
        CountTable after = tally(rows(more));
        ReleaseContent second = ReleaseContent.of(DisclosureControl.protect(after, RULES, first), null);
        ReleaseContent firstRelease = ReleaseContent.of(first, null);

        long[][] exactBefore = before.withMargins();
        long[][] exactAfter = after.withMargins();
        for (int i = 0; i < second.cells().size(); i++) {
            ReleaseContent.Cell a = firstRelease.cells().get(i);
            ReleaseContent.Cell b = second.cells().get(i);
            if (a.suppression() == null && b.suppression() == null) {
                int r = i / (MONTHS.size() + 1);
                int c = i % (MONTHS.size() + 1);
                assertThat(RULES.isTooSmall(Math.abs(exactAfter[r][c] - exactBefore[r][c]))).as(b.toString())
                        .isFalse();
            }
        }
    }

    private static void assertNoLineGivesAwayASuppressedCell(ReleaseContent release, long[][] grid) {
        Map<String, ReleaseContent.Cell> cells = new HashMap<>();
        release.cells().forEach(cell -> cells.put(cell.area() + " " + cell.month(), cell));
        List<String> areas = new ArrayList<>(WIJKEN);
        areas.add(ReleaseContent.TOTAL);
        List<String> months = new ArrayList<>(MONTHS);
        months.add(ReleaseContent.TOTAL);
        for (int r = 0; r < areas.size(); r++) {
            List<int[]> line = new ArrayList<>();
            for (int c = 0; c < MONTHS.size(); c++) {
                line.add(new int[] {r, c});
            }
            assertLine(line, new int[] {r, MONTHS.size()}, cells, areas, months, grid);
        }
        for (int c = 0; c < months.size(); c++) {
            List<int[]> line = new ArrayList<>();
            for (int r = 0; r < WIJKEN.size(); r++) {
                line.add(new int[] {r, c});
            }
            assertLine(line, new int[] {WIJKEN.size(), c}, cells, areas, months, grid);
        }
    }

    private static void assertLine(List<int[]> line, int[] total, Map<String, ReleaseContent.Cell> cells,
                                   List<String> areas, List<String> months, long[][] grid) {
        if (cells.get(areas.get(total[0]) + " " + months.get(total[1])).suppression() != null) {
            return;
        }
        List<int[]> hidden = line.stream()
                .filter(p -> cells.get(areas.get(p[0]) + " " + months.get(p[1])).suppression() != null).toList();
        assertThat(hidden.size()).as("one suppressed cell beside a published total is its difference").isNotEqualTo(1);
        long households = hidden.stream().mapToLong(p -> grid[p[0]][p[1]]).sum();
        assertThat(RULES.isTooSmall(households)).isFalse();
    }

    /** 20–400 households, skewed over the wijken so small cells are common. */
    private static List<Household> households(Random random) {
        int count = 20 + random.nextInt(381);
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            households.add(household(random, i));
        }
        return households;
    }

    private static Household household(Random random, int i) {
        String wijk = WIJKEN.get(Math.min(random.nextInt(WIJKEN.size()), random.nextInt(WIJKEN.size())));
        return new Household(new UUID(random.nextLong(), random.nextLong()), "Jansen-" + i + "-" + random.nextInt(),
                String.format("%09d", 100000000 + random.nextInt(800000000)),
                LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                "Dorpsstraat " + (i + 1), wijk);
    }

    /** Each household has 0–3 events in random months (the same household twice in a month counts once). */
    private static List<Event> events(Random random, List<Household> households) {
        List<Event> events = new ArrayList<>();
        for (Household household : households) {
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                events.add(new Event(household, YearMonth.parse(MONTHS.get(random.nextInt(MONTHS.size())))));
            }
        }
        return events;
    }

    /** What the intake does with each event: only pseudonym, codes, month and age band go on. */
    private static List<Row> rows(List<Event> events) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(SECRET, 1);
        return events.stream().map(e -> new Row(pseudonymiser.pseudonymOf(e.household().id()), e.household().wijk(),
                e.month().toString(), AgeBand.of(e.household().birthDate(), e.month().atEndOfMonth()).name()))
                .toList();
    }

    /** What the aggregate query does: distinct households per wijk and month. */
    private static CountTable tally(List<Row> rows) {
        Map<String, Set<String>> keys = new HashMap<>();
        for (Row row : rows) {
            keys.computeIfAbsent(row.wijk() + " " + row.month(), k -> new HashSet<>()).add(row.key());
        }
        long[][] counts = new long[WIJKEN.size()][MONTHS.size()];
        for (int r = 0; r < WIJKEN.size(); r++) {
            for (int c = 0; c < MONTHS.size(); c++) {
                counts[r][c] = keys.getOrDefault(WIJKEN.get(r) + " " + MONTHS.get(c), Set.of()).size();
            }
        }
        return CountTable.of(WIJKEN, MONTHS, counts);
    }
}
