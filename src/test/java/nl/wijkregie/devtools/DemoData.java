package nl.wijkregie.devtools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes N synthetic households with members straight into a Wijkregie database whose schema is already migrated
 * (start the application once first). Invented names, BSNs that pass the eleven-test from a range that starts with
 * 9 (never issued to real residents), a Zaanstad wijk mix weighted towards the vulnerable areas. Deterministic for a
 * given seed. Households get no intake process: they stand for households registered earlier.
 *
 * <pre>DemoData --households=100000 [--url=jdbc:postgresql://localhost:55432/wijkregie] [--user=wijkregie]
 *          [--password=wijkregie] [--seed=42]</pre>
 */
public final class DemoData {

    static final List<String> SURNAMES = List.of("Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit",
            "Öztürk", "Yılmaz", "El Amrani", "Boukhari", "van Dijk", "de Boer", "Mulder", "Peters", "Hendriks",
            "Kaya", "Demir", "Rahimi", "Ramdin", "Sewnarain", "Kowalski", "Nowak", "Groot", "Schouten", "Meijer");
    static final List<String> FIRST_NAMES = List.of("Sanne", "Daan", "Fatima", "Mohamed", "Emma", "Noah", "Aylin",
            "Mehmet", "Julia", "Lucas", "Sara", "Yusuf", "Anna", "Finn", "Lotte", "Bram", "Nour", "Adam", "Eva", "Sem");
    /** Zaanstad wijken (CBS GM0479) with a weight: the vulnerable areas of the vision come up more often. */
    static final String[][] WIJKEN = {
            {"WK047901", "Poelenburg", "6"}, {"WK047902", "Peldersveld-Hoornseveld", "5"},
            {"WK047903", "Zaandam-Zuid", "5"}, {"WK047904", "Rosmolenwijk", "4"}, {"WK047905", "Kogerveld", "4"},
            {"WK047906", "Zaandam-Oost", "3"}, {"WK047907", "Zaandam-West", "3"}, {"WK047908", "Oude Haven", "2"},
            {"WK047909", "Koog aan de Zaan", "2"}, {"WK047910", "Wormerveer", "2"}, {"WK047911", "Krommenie", "2"},
            {"WK047912", "Assendelft", "2"}, {"WK047913", "Westzaan", "1"}, {"WK047914", "Zaandijk", "2"}};
    static final String[] STREETS = {"Peperstraat", "Westzijde", "Oostzijde", "Vincent van Goghweg", "Pelsersstraat",
            "Rosmolenstraat", "Kogerveldwijk", "Heijermansstraat", "Guisweg", "Provincialeweg", "Stationsstraat"};
    static final UUID TEAM_OOST = UUID.fromString("7c1e6a4e-0000-4000-8000-000000000001");
    static final UUID TEAM_WEST = UUID.fromString("7c1e6a4e-0000-4000-8000-000000000002");

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        int households = Integer.parseInt(option(args, "households", "1000"));
        String url = option(args, "url", EmbeddedDatabase.url(55432, EmbeddedDatabase.DATABASE));
        Random random = new Random(Long.parseLong(option(args, "seed", "42")));
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, option(args, "user", "wijkregie"),
                option(args, "password", "wijkregie"))) {
            db.setAutoCommit(false);
            ensureTeams(db);
            int[] weights = Arrays.stream(WIJKEN).mapToInt(w -> Integer.parseInt(w[2])).toArray();
            int totalWeight = Arrays.stream(weights).sum();
            try (PreparedStatement household = db.prepareStatement("""
                    insert into wijkregie.household (id, version, team_id, street, house_number, house_number_addition,
                      postcode, town, wijk_code, display_name, created_at, created_by, updated_at)
                    values (?, 0, ?, ?, ?, ?, ?, 'Zaandam', ?, ?, ?, 'demo-data', ?)""");
                 PreparedStatement member = db.prepareStatement("""
                    insert into wijkregie.household_member (id, household_id, position, first_name, surname_prefix,
                      surname, date_of_birth, bsn) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < households; i++) {
                    int wijk = pick(random, weights, totalWeight);
                    UUID id = UUID.randomUUID();
                    String fullSurname = SURNAMES.get(random.nextInt(SURNAMES.size()));
                    String[] name = splitPrefix(fullSurname);
                    Instant created = Instant.now().minus(random.nextInt(3 * 365), ChronoUnit.DAYS)
                            .truncatedTo(ChronoUnit.MICROS);
                    household.setObject(1, id);
                    household.setObject(2, wijk % 2 == 0 ? TEAM_OOST : TEAM_WEST);
                    household.setString(3, STREETS[random.nextInt(STREETS.length)]);
                    household.setInt(4, 1 + random.nextInt(300));
                    household.setString(5, random.nextInt(5) == 0 ? "A" : null);
                    household.setString(6, (1500 + random.nextInt(60)) + "" + (char) ('A' + random.nextInt(26))
                            + (char) ('A' + random.nextInt(26)));
                    household.setString(7, WIJKEN[wijk][0]);
                    household.setString(8, "Huishouden " + Character.toUpperCase(fullSurname.charAt(0))
                            + fullSurname.substring(1));
                    household.setTimestamp(9, Timestamp.from(created));
                    household.setTimestamp(10, Timestamp.from(created));
                    household.addBatch();
                    int size = 1 + random.nextInt(5);
                    for (int position = 0; position < size; position++) {
                        boolean child = position >= 2;
                        member.setObject(1, UUID.randomUUID());
                        member.setObject(2, id);
                        member.setInt(3, position);
                        member.setString(4, FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())));
                        member.setString(5, name[0]);
                        member.setString(6, name[1]);
                        member.setObject(7, LocalDate.now().minusYears(child ? 1 + random.nextInt(17)
                                : 19 + random.nextInt(60)).minusDays(random.nextInt(365)));
                        member.setString(8, random.nextInt(3) == 0 ? null : testBsn(random));
                        member.addBatch();
                    }
                    if ((i + 1) % 1000 == 0 || i == households - 1) {
                        household.executeBatch();
                        member.executeBatch();
                        db.commit();
                    }
                }
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze wijkregie.household");
                analyze.execute("analyze wijkregie.household_member");
            }
            db.commit();
        }
        System.out.printf("Wrote %d synthetic households in %.1f s%n", households,
                (System.nanoTime() - started) / 1e9);
    }

    /** The demo teams, when the database was not started in demo mode. */
    private static void ensureTeams(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into wijkregie.team (id, name) values ('" + TEAM_OOST + "', 'Zaandam-Oost'), ('"
                    + TEAM_WEST + "', 'Zaandam-West') on conflict do nothing");
            try (ResultSet count = sql.executeQuery("select count(*) from wijkregie.team")) {
                count.next();
            }
        }
    }

    /** A 9-digit number starting with 9 that passes the eleven-test. */
    static String testBsn(Random random) {
        while (true) {
            int[] digits = new int[9];
            digits[0] = 9;
            int sum = 9 * 9;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                StringBuilder bsn = new StringBuilder();
                for (int digit : digits) {
                    bsn.append(digit);
                }
                return bsn.toString();
            }
        }
    }

    private static String[] splitPrefix(String surname) {
        int lastSpace = surname.lastIndexOf(' ');
        if (lastSpace > 0 && Character.isLowerCase(surname.charAt(0))) {
            return new String[] {surname.substring(0, lastSpace), surname.substring(lastSpace + 1)};
        }
        return new String[] {null, surname};
    }

    private static int pick(Random random, int[] weights, int total) {
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
