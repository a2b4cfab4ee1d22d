package nl.wijkregie.devtools;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The waiting list and the plans of the demo (issues 16 and 17), written set-based after {@link DemoData} wrote the
 * households and cases, so that 100,000 households cost seconds, not minutes. Every choice comes from a hash of the
 * case id (no second random source). Referrals: products of jeugd, Wmo and schulden at named providers, about half
 * with care started (some after the norm), the others waiting — some past their norm, some paused, a few withdrawn or
 * not yet requested — with their lines on the case timeline. Plans: a vastgesteld plan for about a third of the cases
 * in uitvoering or evaluatie (the plan's phase follows the case), with goals, actions by the household, its network
 * and a professional, and the next evaluation spread over the coming weeks with about one in eight overdue. The rows
 * have no process instance: the figures, lists and plan tabs look real, but no norm, check-in or evaluation timer runs
 * for them.
 */
final class DemoReferrals {

    /** Providers of the demo region, by name and an invented AGB code (range 0999xxxx). */
    private static final String PROVIDERS = """
            insert into wijkregie.waitinglist_provider (id, name, agb_code, active) values
              ('0d0d0d0d-0000-4000-8000-000000000001', 'Parlan Jeugdhulp', '09990001', true),
              ('0d0d0d0d-0000-4000-8000-000000000002', 'Levvel', '09990002', true),
              ('0d0d0d0d-0000-4000-8000-000000000003', 'Zorgcirkel Thuiszorg', '09990003', true),
              ('0d0d0d0d-0000-4000-8000-000000000004', 'De Zorgspecialist Zaanstreek', '09990004', true),
              ('0d0d0d0d-0000-4000-8000-000000000005', 'Odion Dagbesteding', '09990005', true),
              ('0d0d0d0d-0000-4000-8000-000000000006', 'GGZ inGeest Jeugd', '09990006', true),
              ('0d0d0d0d-0000-4000-8000-000000000007', 'Kredietbank Zaanstad', '09990007', true),
              ('0d0d0d0d-0000-4000-8000-000000000008', 'Humanitas Thuisadministratie', '09990008', true)
            on conflict do nothing""";

    /** The module's own view of cases, which the case file's events keep in the application (bypassed here). */
    private static final String WAITING_CASES = """
            insert into wijkregie.waitinglist_case (case_id, household_id, team_id, regisseur_id, opened_at,
                                                    intake_at, closed_at)
            select id, household_id, team_id, regisseur_id, opened_at,
                   case when status = 'AANGEMELD' then null else status_changed_at end, closed_at
            from wijkregie.case_file on conflict (case_id) do nothing""";

    /**
     * One referral for about 40% of the open cases past intake (a second one for a tenth of those), for a member of
     * the household. Kind (h % 100): 0–49 care started, 50–79 waiting, 80–89 paused, 90–94 withdrawn, 95–99 not yet
     * requested. Products by domain; providers fit the product.
     */
    private static final String REFERRALS = """
            with picked as (
              select c.id case_id, c.household_id, c.team_id, h.wijk_code, g,
                     (select m.id from wijkregie.household_member m where m.household_id = c.household_id
                        and m.left_on is null order by m.position desc limit 1) member_id,
                     (('x' || substr(md5(c.id::text || 'verwijzing' || g), 1, 8))::bit(32)::int & 2147483647) h
              from wijkregie.case_file c join wijkregie.household h on h.id = c.household_id
                   cross join generate_series(1, 2) g
              where c.status in ('PLAN', 'UITVOERING', 'EVALUATIE')
                and ((('x' || substr(md5(c.id::text), 1, 8))::bit(32)::int & 2147483647) % 100) < 40
                and (g = 1 or ((('x' || substr(md5(c.id::text), 1, 8))::bit(32)::int & 2147483647) % 10) = 0)
            ), chosen as (
              select p.*, (array['45','54','41','01','02','07','S1','15'])[1 + p.h % 8] product, p.h % 100 kind,
                     current_date - 20 - (p.h / 100) % 200 request_on
              from picked p where p.member_id is not null
            ), typed as (
              select c.*, case when c.product in ('45','54','41') then 'JEUGD' when c.product = 'S1' then 'SCHULDEN'
                               else 'WMO' end domain,
                     coalesce((select n.norm_days from wijkregie.waitinglist_norm n
                               where n.applies_to = c.product and n.region = '*'), 56) norm,
                     case c.product when '45' then 1 when '54' then 6 when '41' then 2 when '01' then 3
                                    when '02' then 4 when '07' then 5 when 'S1' then 7 else 8 end
                       + case when c.h % 3 = 0 and c.product in ('01','02') then 1 else 0 end provider_no
              from chosen c
            ), dated as (
              select t.*, 10 + (t.h / 7) % (t.norm + 40) waited
              from typed t
            )
            insert into wijkregie.waitinglist_referral (id, case_id, household_id, team_id, member_id, wijk_code,
                domain, product_code, provider_id, urgency, need_established_on, need_established_source,
                request_sent_on, request_sent_source, allocated_on, allocated_source, care_started_on,
                care_started_source, withdrawn_on, withdrawal_reason, norm_days, warning_days, check_in_days,
                breached_at, waiting_days, resident_wish_days, created_by, created_at)
            select md5(d.case_id::text || 'verwijzing' || d.g)::uuid, d.case_id, d.household_id, d.team_id,
                   d.member_id, d.wijk_code, d.domain, d.product,
                   ('0d0d0d0d-0000-4000-8000-' || lpad(d.provider_no::text, 12, '0'))::uuid,
                   case when d.h % 17 = 0 then 'URGENT' else 'REGULAR' end,
                   d.request_on - 5, 'HAND',
                   case when d.kind < 95 then d.request_on end, case when d.kind < 95 then 'MESSAGE' end,
                   case when d.kind < 50 or (d.kind < 95 and d.h % 2 = 0) then d.request_on + 4 end,
                   case when d.kind < 50 or (d.kind < 95 and d.h % 2 = 0) then 'MESSAGE' end,
                   case when d.kind < 50 then least(current_date, d.request_on + greatest(d.waited, 5)) end,
                   case when d.kind < 50 then 'MESSAGE' end,
                   case when d.kind between 90 and 94 then current_date - d.h % 10 end,
                   case when d.kind between 90 and 94 then 'OTHER_SOLUTION' end,
                   case when d.kind < 95 then d.norm end,
                   case when d.kind < 95 then greatest(1, d.norm - 14) end,
                   case when d.kind < 95 then 14 end,
                   case when d.kind between 50 and 79 and current_date - d.request_on > d.norm
                        then (d.request_on + d.norm + 1)::timestamp at time zone 'Europe/Amsterdam' end,
                   case when d.kind < 50 then least(current_date, d.request_on + greatest(d.waited, 5)) - d.request_on end,
                   case when d.kind < 50 then 0 end,
                   'demo-data', now()
            from dated d
            on conflict (id) do nothing""";

    /** The paused referrals (kind 80–89): an open pause from a week ago, half at the resident's own wish. */
    private static final String PAUSES = """
            insert into wijkregie.waitinglist_pause (id, referral_id, from_on, until_on, reason)
            select md5(r.id::text || 'pauze')::uuid, r.id, greatest(r.request_sent_on, current_date - 7), null,
                   case when ((('x' || substr(md5(r.id::text), 1, 8))::bit(32)::int & 1) = 0) then 'RESIDENT_WISH'
                        else 'ADMISSION' end
            from wijkregie.waitinglist_referral r
            where r.created_by = 'demo-data' and r.care_started_on is null and r.withdrawn_on is null
              and r.request_sent_on is not null
              and (((('x' || substr(replace(r.id::text, '-', ''), 1, 8))::bit(32)::int & 2147483647) % 100)
                   between 80 and 89)
            on conflict (id) do nothing""";

    /**
     * The referrals' lines on the case timeline, as the application writes them from ReferralEvents (ADR 0027): the
     * need, the request and the start of care, dates in Dutch words.
     */
    private static final String TIMELINE = """
            with steps as (
              select r.id, r.household_id, r.case_id, s.kind, s.on_date, s.text, s.message,
                     case r.domain when 'JEUGD' then 'jeugdhulp' when 'WMO' then 'Wmo-ondersteuning'
                                   when 'SCHULDEN' then 'schuldhulp' else 'participatie' end label
              from wijkregie.waitinglist_referral r
                   cross join lateral (values
                     ('REFERRAL_CREATED', r.need_established_on, 'behoefte vastgesteld op ', null),
                     ('REFERRAL_STEP', r.request_sent_on, 'aanvraag verstuurd op ', ' (bericht 315)'),
                     ('REFERRAL_STEP', r.care_started_on, 'zorg gestart op ', ' (bericht 305)')) as s(kind, on_date, text, message)
              where r.created_by = 'demo-data' and s.on_date is not null
            )
            insert into wijkregie.timeline_event (id, household_id, case_id, occurred_at, kind, summary, actor_id,
                                                  source_module, source_id, confidential)
            select md5(id::text || text)::uuid, household_id, case_id,
                   (on_date + time '09:00') at time zone 'Europe/Amsterdam', kind,
                   'Verwijzing ' || label || ': ' || text || extract(day from on_date)::int || ' '
                     || (array['januari','februari','maart','april','mei','juni','juli','augustus','september',
                               'oktober','november','december'])[extract(month from on_date)::int] || ' '
                     || extract(year from on_date)::int || coalesce(message, ''),
                   case when kind = 'REFERRAL_CREATED' then 'demo-data' else 'systeem' end, 'waitinglist', id, false
            from steps
            on conflict (id) do nothing""";

    /** The cases in uitvoering or evaluatie that get a vastgesteld plan (about a third): a case still in plan has none. */
    private static final String PLAN_CASES = """
            create temporary table demo_plan_cases on commit drop as
            select c.id case_id, c.household_id, c.team_id, coalesce(c.regisseur_id, 'fatima') regisseur, c.status,
                   (('x' || substr(md5(c.id::text || 'plan'), 1, 8))::bit(32)::int & 2147483647) h,
                   (select m.id from wijkregie.household_member m where m.household_id = c.household_id
                      and m.left_on is null order by m.position limit 1) member_id
            from wijkregie.case_file c
            where c.status in ('UITVOERING', 'EVALUATIE')
              and ((('x' || substr(md5(c.id::text || 'plan'), 1, 8))::bit(32)::int & 2147483647) % 3) = 0
              and not exists (select 1 from wijkregie.care_plan p where p.case_id = c.id)""";

    /** Next evaluation: one in eight overdue (1–20 days ago), a quarter within two weeks, the rest within 3 months. */
    private static final String PLANS = """
            insert into wijkregie.care_plan (id, version, case_id, household_id, team_id, offer_required,
                                             family_group_offer, offer_recorded_at, phase, next_evaluation_on,
                                             created_at)
            select md5(case_id::text || 'plan')::uuid, 0, case_id, household_id, team_id, false, 'NOT_APPLICABLE',
                   now() - interval '40 days', case when status = 'EVALUATIE' then 'EVALUATION' else 'EXECUTION' end,
                   case when h % 8 = 0 then current_date - 1 - h % 20
                        when h % 4 = 1 then current_date + 1 + h % 14
                        else current_date + 15 + h % 75 end,
                   now() - interval '40 days'
            from demo_plan_cases where member_id is not null""";

    private static final String VERSIONS = """
            insert into wijkregie.care_plan_version (id, plan_id, number, strengths, concerns, regisseur_kind,
                                                     regisseur_user_id, next_evaluation_on, established_at,
                                                     written_by, written_at)
            select md5(d.case_id::text || 'planversie')::uuid, p.id, 1,
                   (array['Het gezin houdt de dag samen goed bij', 'Opa en oma springen bij als het nodig is',
                          'Moeder weet goed wat ze wil bereiken'])[1 + d.h % 3],
                   (array['De post blijft liggen en er komen aanmaningen', 'De kinderen missen vaak school',
                          'Het huis is te klein en vochtig'])[1 + (d.h / 3) % 3],
                   'PROFESSIONAL', d.regisseur, p.next_evaluation_on, now() - interval '35 days', d.regisseur,
                   now() - interval '36 days'
            from demo_plan_cases d join wijkregie.care_plan p on p.case_id = d.case_id""";

    private static final String GOALS = """
            insert into wijkregie.care_plan_goal (version_id, position, goal_key, text, domain, member_id,
                                                  baseline_score, baseline_on, target_score, target_date)
            select md5(d.case_id::text || 'planversie')::uuid, g.position, md5(d.case_id::text || 'doel' || g.position)::uuid,
                   g.text, g.domain, d.member_id, 1 + d.h % 3, current_date - 40, 4, current_date + 140
            from demo_plan_cases d
                 join wijkregie.care_plan p on p.case_id = d.case_id
                 cross join (values (0, 'Wij openen elke week samen de post', 'FINANCES'),
                                    (1, 'De kinderen gaan elke dag naar school', 'DAYTIME_ACTIVITIES')) as g(position, text, domain)""";

    private static final String ACTIONS = """
            insert into wijkregie.care_plan_action (version_id, position, action_key, text, person_kind,
                                                    person_member_id, person_user_id, person_name, person_relation,
                                                    due_on, status)
            select md5(d.case_id::text || 'planversie')::uuid, a.position,
                   md5(d.case_id::text || 'actie' || a.position)::uuid, a.text, a.kind,
                   case when a.kind = 'MEMBER' then d.member_id end,
                   case when a.kind = 'PROFESSIONAL' then d.regisseur end,
                   case when a.kind = 'NETWORK' then (array['Oma Riet', 'Buurvrouw Ans', 'Oom Karim'])[1 + d.h % 3] end,
                   case when a.kind = 'NETWORK' then (array['grootmoeder', 'buurvrouw', 'oom'])[1 + d.h % 3] end,
                   current_date + a.days, a.status
            from demo_plan_cases d
                 join wijkregie.care_plan p on p.case_id = d.case_id
                 cross join (values (0, 'Post openen op maandag', 'MEMBER', 'BEZIG', 7),
                                    (1, 'Kinderen naar school brengen op woensdag', 'NETWORK', 'TE_DOEN', 14),
                                    (2, 'Budgetplan maken met het gezin', 'PROFESSIONAL', 'TE_DOEN', 21))
                                  as a(position, text, kind, status, days)""";

    private static final String AGREEMENTS = """
            insert into wijkregie.care_plan_agreement (version_id, position, member_id, agrees, answered_on, channel,
                                                       statement, recorded_by, recorded_at)
            select md5(d.case_id::text || 'planversie')::uuid, 0, d.member_id, true, current_date - 35, 'IN_PERSON',
                   null, d.regisseur, now() - interval '35 days'
            from demo_plan_cases d join wijkregie.care_plan p on p.case_id = d.case_id""";

    private DemoReferrals() {
    }

    /** Writes the waiting list and the plans in one transaction; returns the rows written per table. */
    static Map<String, Integer> write(Connection db) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Statement sql = db.createStatement()) {
            rows.put("waitinglist_provider", sql.executeUpdate(PROVIDERS));
            rows.put("waitinglist_case", sql.executeUpdate(WAITING_CASES));
            rows.put("waitinglist_referral", sql.executeUpdate(REFERRALS));
            rows.put("waitinglist_pause", sql.executeUpdate(PAUSES));
            rows.put("timeline_event", sql.executeUpdate(TIMELINE));
            sql.executeUpdate(PLAN_CASES);
            rows.put("care_plan", sql.executeUpdate(PLANS));
            rows.put("care_plan_version", sql.executeUpdate(VERSIONS));
            rows.put("care_plan_goal", sql.executeUpdate(GOALS));
            rows.put("care_plan_action", sql.executeUpdate(ACTIONS));
            rows.put("care_plan_agreement", sql.executeUpdate(AGREEMENTS));
        }
        db.commit();
        return rows;
    }
}
