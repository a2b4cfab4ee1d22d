package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The household row, its intake process and its access-log entry share one transaction: when the commit fails after
 * all three were written, none of them remains.
 */
class TransactionIT {

    private static final String FAILING_STREET = "Terugrolstraat";

    @BeforeEach
    void failCommitsOfHouseholdsInTheFailingStreet() {
        // A deferred constraint trigger runs at COMMIT, after the household, the process instance and the access log
        // entry were written in the transaction: the latest point at which a commit can fail.
        TestDatabase.execute("""
                create or replace function wijkregie.test_fail_commit() returns trigger language plpgsql as $$
                begin
                  if new.street = '%s' then raise exception 'commit refused by test'; end if;
                  return null;
                end $$""".formatted(FAILING_STREET));
        TestDatabase.execute("drop trigger if exists test_fail_commit on wijkregie.household");
        TestDatabase.execute("""
                create constraint trigger test_fail_commit after insert on wijkregie.household
                deferrable initially deferred for each row execute function wijkregie.test_fail_commit()""");
    }

    @AfterEach
    void removeTrigger() {
        TestDatabase.execute("drop trigger if exists test_fail_commit on wijkregie.household");
        TestDatabase.execute("drop function if exists wijkregie.test_fail_commit()");
    }

    @Test
    void aFailedCommitLeavesNeitherHouseholdNorProcessNorLogEntry() {
        long instancesBefore = TestDatabase.count("select count(*) from camunda.act_hi_procinst");
        long entriesBefore = TestDatabase.count("select count(*) from wijkregie.access_log");

        Api.Response response = Api.as("fatima").post("/api/v1/households", Households.json(FAILING_STREET));

        assertThat(response.status()).isEqualTo(500);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).doesNotContain("commit refused by test");
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where street = ?", FAILING_STREET))
                .isZero();
        assertThat(TestDatabase.count("""
                select count(*) from camunda.act_ru_execution e
                join camunda.act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = 'household-intake'
                where e.business_key_ is not null and not exists
                  (select 1 from wijkregie.household h where h.id::text = e.business_key_)""")).isZero();
        assertThat(TestDatabase.count("""
                select count(*) from wijkregie.access_log l
                where not exists (select 1 from wijkregie.household h where h.id = l.subject_id)
                  and not exists (select 1 from wijkregie.case_file c where c.id = l.subject_id)
                  and l.subject_type in ('HOUSEHOLD', 'CASE')""")).isZero();
        assertThat(TestDatabase.count("select count(*) from camunda.act_hi_procinst")).isEqualTo(instancesBefore);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log")).isEqualTo(entriesBefore);
    }

    @Test
    void aSuccessfulCommitKeepsAllThree() {
        String id = Households.register(Api.as("fatima"));

        assertThat(TestDatabase.count("select count(*) from camunda.act_ru_execution where business_key_ = ?", id))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid", id))
                .isEqualTo(1);
    }
}
