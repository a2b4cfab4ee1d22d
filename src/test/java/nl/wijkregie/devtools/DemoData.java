package nl.wijkregie.devtools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.wijkregie.devtools.DemoPlan.Area;
import nl.wijkregie.devtools.DemoPlan.ConsentPlan;
import nl.wijkregie.devtools.DemoPlan.Domain;
import nl.wijkregie.devtools.DemoPlan.HouseholdPlan;
import nl.wijkregie.devtools.DemoPlan.Member;
import nl.wijkregie.devtools.DemoPlan.Note;

/**
 * Writes N synthetic households straight into a Wijkregie database whose schema is migrated (start the application
 * once first): invented names, BSNs that pass the eleven-test from a range starting with 9 (never issued to
 * residents), a Zaanstad wijk mix weighted towards the vulnerable areas, members with roles and dates, an address
 * history, and a case per household in every status with domains, journal entries (some confidential), consents and
 * timeline lines. Households get no intake process: they stand for households registered earlier. Batched JDBC,
 * one commit per 500 households. Deterministic for a seed.
 *
 * <pre>DemoData --households=100000 [--url=jdbc:postgresql://localhost:55432/wijkregie] [--user=wijkregie]
 *          [--password=wijkregie] [--seed=42] [--if-empty]</pre>
 */
public final class DemoData {

    static final UUID TEAM_OOST = UUID.fromString("7c1e6a4e-0000-4000-8000-000000000001");
    static final UUID TEAM_WEST = UUID.fromString("7c1e6a4e-0000-4000-8000-000000000002");
    static final Map<String, UUID> TEAMS = Map.of("Zaandam-Oost", TEAM_OOST, "Zaandam-West", TEAM_WEST);
    private static final int COMMIT_EVERY = 500;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();

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
            if (Arrays.asList(args).contains("--if-empty") && count(db, "select count(*) from wijkregie.household") > 0) {
                System.out.println("The database already has households: no demo data written (--if-empty).");
                return;
            }
            List<Area> areas = DemoPlan.readAreas();
            ensureReferenceData(db, areas);
            DemoData writer = new DemoData();
            writer.prepare(db);
            DemoPlan planner = new DemoPlan(areas);
            LocalDate today = LocalDate.now(ZONE);
            List<UUID> written = new java.util.ArrayList<>();
            for (int i = 0; i < households; i++) {
                HouseholdPlan plan = planner.household(random, today);
                written.add(plan.id());
                writer.write(plan);
                if ((i + 1) % COMMIT_EVERY == 0 || i == households - 1) {
                    writer.executeBatches();
                    db.commit();
                }
            }
            writer.close();
            try (Statement basics = db.createStatement()) {
                // The basics module learns of cases from CaseFileEvents.CaseOpened, which these direct inserts bypass.
                basics.executeUpdate("insert into wijkregie.basics_case (case_id, household_id, team_id, open)"
                        + " select id, household_id, team_id, status <> 'AFGESLOTEN' from wijkregie.case_file"
                        + " on conflict (case_id) do nothing");
            }
            writeOutcomes(db, written);
            long waitingStarted = System.nanoTime();
            Map<String, Integer> waiting = DemoReferrals.write(db);
            System.out.printf("Referrals and plans in %.1f s: %s%n", (System.nanoTime() - waitingStarted) / 1e9,
                    waiting);
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze");
            }
            db.commit();
            System.out.printf("Wrote %d synthetic households in %.1f s: %s%n", households,
                    (System.nanoTime() - started) / 1e9, writer.rows);
        }
    }

    /**
     * The monitoring's outcome store learns of cases from CaseFileEvents, which these direct inserts bypass: one row
     * per case opened and closed, keyed with the demo pseudonym secret of auth/demo.xml (issue 18), so the policy
     * page has figures in a demo.
     */
    private static void writeOutcomes(Connection db, List<UUID> householdIds) throws Exception {
        nl.wijkregie.monitoring.domain.Pseudonymiser keys = new nl.wijkregie.monitoring.domain.Pseudonymiser(
                "demo-only-pseudonym-secret-not-for-production-use".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                1);
        try (PreparedStatement cases = db.prepareStatement("""
                     select c.household_id, h.wijk_code, h.buurt_code, c.opened_at, c.closed_at, c.closing_reason
                     from wijkregie.case_file c join wijkregie.household h on h.id = c.household_id
                     where c.household_id = any (?)""");
             PreparedStatement outcome = db.prepareStatement("""
                     insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, buurt_code, month,
                       measure, category, value)
                     values (?, 1, ?, ?, cast(date_trunc('month', cast(? as timestamptz) at time zone 'Europe/Amsterdam')
                       as date), ?, ?, 1)""")) {
            cases.setArray(1, db.createArrayOf("uuid", householdIds.toArray()));
            writeOutcomes(cases.executeQuery(), keys, outcome);
        }
    }

    private static void writeOutcomes(ResultSet rows, nl.wijkregie.monitoring.domain.Pseudonymiser keys,
                                      PreparedStatement outcome) throws Exception {
        try (rows) {
            int batched = 0;
            while (rows.next()) {
                String key = keys.pseudonymOf((UUID) rows.getObject(1));
                batched += outcomeRow(outcome, key, rows, rows.getObject(4), "CASE_OPENED", null);
                if (rows.getObject(5) != null) {
                    batched += outcomeRow(outcome, key, rows, rows.getObject(5), "CASE_CLOSED", rows.getString(6));
                }
                if (batched >= 1000) {
                    outcome.executeBatch();
                    batched = 0;
                }
            }
            outcome.executeBatch();
        }
    }

    private static int outcomeRow(PreparedStatement outcome, String key, ResultSet row, Object at,
                                  String measure, String category) throws Exception {
        outcome.setString(1, key);
        outcome.setString(2, row.getString(2));
        outcome.setString(3, row.getString(3));
        outcome.setObject(4, at);
        outcome.setString(5, measure);
        outcome.setString(6, category);
        outcome.addBatch();
        return 1;
    }

    /**
     * Teams, the demo professionals' memberships and names, and the wijken/buurten when the application never loaded
     * them.
     */
    static void ensureReferenceData(Connection db, List<Area> areas) throws SQLException {
        try (PreparedStatement name = db.prepareStatement("""
                insert into wijkregie.professional (user_id, display_name) values (?, ?)
                on conflict (user_id) do nothing""")) {
            for (Map.Entry<String, String> entry : DemoPlan.DISPLAY_NAMES.entrySet()) {
                name.setString(1, entry.getKey());
                name.setString(2, entry.getValue());
                name.executeUpdate();
            }
        }
        try (PreparedStatement team = db.prepareStatement(
                "insert into wijkregie.team (id, name) values (?, ?) on conflict do nothing");
             PreparedStatement member = db.prepareStatement(
                     "insert into wijkregie.team_membership (team_id, user_id) values (?, ?) on conflict do nothing")) {
            for (Map.Entry<String, UUID> entry : TEAMS.entrySet()) {
                team.setObject(1, entry.getValue());
                team.setString(2, entry.getKey());
                team.executeUpdate();
                for (String user : DemoPlan.PROFESSIONALS.get(entry.getKey())) {
                    member.setObject(1, entry.getValue());
                    member.setString(2, user);
                    member.executeUpdate();
                }
            }
        }
        try (PreparedStatement wijk = db.prepareStatement("""
                insert into wijkregie.wijk (code, municipality_code, name, team_id) values (?, ?, ?, ?)
                on conflict do nothing""");
             PreparedStatement buurt = db.prepareStatement(
                     "insert into wijkregie.buurt (code, wijk_code, name) values (?, ?, ?) on conflict do nothing")) {
            for (Area area : areas) {
                wijk.setString(1, area.wijkCode());
                wijk.setString(2, area.municipality());
                wijk.setString(3, area.wijkName());
                wijk.setObject(4, TEAMS.get(area.team()));
                wijk.executeUpdate();
                if (area.buurtCode() != null) {
                    buurt.setString(1, area.buurtCode());
                    buurt.setString(2, area.wijkCode());
                    buurt.setString(3, area.buurtName());
                    buurt.executeUpdate();
                }
            }
        }
        db.commit();
    }

    private void prepare(Connection db) throws SQLException {
        sql(db, "household", """
                insert into wijkregie.household (id, version, team_id, street, house_number, house_number_addition,
                  postcode, town, wijk_code, buurt_code, display_name, created_at, created_by, updated_at)
                values (?, 0, ?, ?, ?, ?, ?, 'Zaandam', ?, ?, ?, ?, 'demo-data', ?)""");
        sql(db, "household_member", """
                insert into wijkregie.household_member (id, household_id, position, first_name, surname_prefix,
                  surname, date_of_birth, bsn, role, joined_on, left_on, phone, email, preferred_language,
                  interpreter_needed) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        sql(db, "household_address", """
                insert into wijkregie.household_address (id, household_id, street, house_number,
                  house_number_addition, postcode, town, wijk_code, buurt_code, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, 'Zaandam', ?, ?, ?, ?)""");
        sql(db, "case_file", """
                insert into wijkregie.case_file (id, version, household_id, team_id, status, regisseur_id, opened_at,
                  opened_by, status_changed_at, due_on, closed_at, closing_reason, outcome_summary, updated_at,
                  case_number)
                values (?, 0, ?, ?, ?, ?, ?, 'demo-data', ?, ?, ?, ?, ?, ?, wijkregie.next_case_number(?))""");
        sql(db, "case_domain", "insert into wijkregie.case_domain (id, case_id, domain, member_id) values (?, ?, ?, ?)");
        sql(db, "case_professional", "insert into wijkregie.case_professional (case_id, user_id) values (?, ?)");
        sql(db, "journal_entry", """
                insert into wijkregie.journal_entry (id, case_id, author_id, written_at, text, domain, confidential)
                values (?, ?, ?, ?, ?, ?, ?)""");
        sql(db, "journal_entry_member", "insert into wijkregie.journal_entry_member (entry_id, member_id) values (?, ?)");
        sql(db, "timeline_event", """
                insert into wijkregie.timeline_event (id, household_id, case_id, occurred_at, kind, summary, actor_id,
                  source_module, source_id, confidential) values (?, ?, ?, ?, ?, ?, ?, 'casefile', ?, ?)""");
        sql(db, "consent", """
                insert into wijkregie.consent (id, version, household_id, member_id, decision, recipient_kind,
                  recipient, recorded_on, expires_on, recorded_by, recorded_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    private void write(HouseholdPlan h) throws SQLException {
        LocalDate registered = h.createdAt().atZone(ZONE).toLocalDate();
        add("household", h.id(), TEAMS.get(h.team()), h.street(), h.houseNumber(), h.addition(), h.postcode(),
                h.area().wijkCode(), h.area().buurtCode(), h.displayName(), ts(h.createdAt()), ts(h.createdAt()));
        for (Member m : h.members()) {
            add("household_member", m.id(), h.id(), m.position(), m.firstName(), m.prefix(), m.surname(),
                    m.dateOfBirth(), m.bsn(), m.role(), m.joinedOn(), m.leftOn(), m.phone(), m.email(), m.language(),
                    m.interpreter());
        }
        if (h.previousAddressUntil() != null) {
            add("household_address", UUID.randomUUID(), h.id(), "Vorige Straat", 1, null, "1501AA",
                    h.area().wijkCode(), null, registered.minusYears(3), registered);
        }
        add("household_address", UUID.randomUUID(), h.id(), h.street(), h.houseNumber(), h.addition(), h.postcode(),
                h.area().wijkCode(), h.area().buurtCode(), registered, null);
        DemoPlan.CasePlan c = h.caseFile();
        add("case_file", c.id(), h.id(), TEAMS.get(h.team()), c.status(), c.regisseur(), ts(c.openedAt()),
                ts(c.statusChangedAt()), c.dueOn(), ts(c.closedAt()), c.closingReason(), c.outcomeSummary(),
                ts(c.statusChangedAt()), ts(c.openedAt()));
        for (Domain d : c.domains()) {
            add("case_domain", UUID.randomUUID(), c.id(), d.domain(), d.memberId());
        }
        for (String professional : c.involved()) {
            add("case_professional", c.id(), professional);
        }
        add("timeline_event", UUID.randomUUID(), h.id(), c.id(), ts(c.openedAt()), "CASE_OPENED", "Zaak aangemeld",
                "demo-data", c.id(), false);
        if (!c.status().equals("AANGEMELD")) {
            add("timeline_event", UUID.randomUUID(), h.id(), c.id(), ts(c.statusChangedAt()), "STATUS_CHANGED",
                    c.status().equals("AFGESLOTEN")
                            ? "Zaak afgesloten: " + c.closingReason().toLowerCase().replace('_', ' ')
                            : "Status Aangemeld → " + c.status().charAt(0) + c.status().substring(1).toLowerCase(), c.regisseur() == null ? "demo-data" : c.regisseur(), c.id(),
                    false);
        }
        for (Note note : c.notes()) {
            add("journal_entry", note.id(), c.id(), note.author(), ts(note.writtenAt()), note.text(), note.domain(),
                    note.confidential());
            if (note.memberId() != null) {
                add("journal_entry_member", note.id(), note.memberId());
            }
            add("timeline_event", UUID.randomUUID(), h.id(), c.id(), ts(note.writtenAt()), "NOTE_ADDED",
                    note.confidential() ? "Vertrouwelijke notitie toegevoegd" : "Notitie toegevoegd", note.author(),
                    note.id(), note.confidential());
        }
        for (ConsentPlan consent : c.consents()) {
            add("consent", consent.id(), h.id(), consent.memberId(), consent.decision(), consent.recipientKind(),
                    consent.recipient(), consent.recordedOn(), consent.expiresOn(), consent.recordedBy(),
                    ts(consent.recordedOn().atTime(12, 0).atZone(ZONE).toInstant()));
        }
    }

    private void sql(Connection db, String table, String sql) throws SQLException {
        statements.put(table, db.prepareStatement(sql));
        rows.put(table, 0L);
    }

    private void add(String table, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(table);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        rows.merge(table, 1L, Long::sum);
    }

    /** In insertion order, so rows exist before the rows that reference them. */
    private void executeBatches() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    private void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(a -> a.startsWith("--" + name + "="))
                .map(a -> a.substring(name.length() + 3)).findFirst().orElse(fallback);
    }
}
