-- Timeline lines written before issue 14 showed ISO dates ("2026-11-03") and wijk codes ("WK047901"). The sentences
-- are the timeline's rendering of events (ADR 0019), so they are rendered again as the timeline now writes them:
-- "3 november 2026" and the wijk by name. Lines naming people by login name (REASSIGNED) stay as they are: the names
-- of that moment are not known.
create function pg_temp.dutch_date(day date) returns text
    language sql immutable as
$$
    select extract(day from day)::integer || ' '
           || (array ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
                      'oktober', 'november', 'december'])[extract(month from day)::integer]
           || ' ' || extract(year from day)::integer;
$$;

update timeline_event
set summary = regexp_replace(summary, '[0-9]{4}-[0-9]{2}-[0-9]{2}',
                             pg_temp.dutch_date(substring(summary from '[0-9]{4}-[0-9]{2}-[0-9]{2}')::date))
where kind in ('MEMBER_JOINED', 'MEMBER_LEFT', 'MOVED')
  and summary ~ '[0-9]{4}-[0-9]{2}-[0-9]{2}';

update timeline_event t
set summary = replace(t.summary, '(wijk ' || w.code || ')', '(wijk ' || w.name || ')')
from wijk w
where t.kind = 'MOVED'
  and t.summary like '%(wijk ' || w.code || ')';
