-- Human case numbers (issue 14): "<year>-<six digits>", counted per calendar year (Europe/Amsterdam) in order of
-- opening, unique. The application and the demo-data writer both take the next one from next_case_number, so no
-- two writers can hand out the same number (the counter row is locked by the update).
create table case_number_counter (
    year        integer primary key,
    last_number integer not null
);

create function wijkregie.next_case_number(opened_at timestamptz) returns varchar
    language sql volatile as
$$
    insert into wijkregie.case_number_counter (year, last_number)
    values (extract(year from opened_at at time zone 'Europe/Amsterdam')::integer, 1)
    on conflict (year) do update set last_number = case_number_counter.last_number + 1
    returning year || '-' || lpad(last_number::text, greatest(6, length(last_number::text)), '0');
$$;

alter table case_file add column case_number varchar(20);

with numbered as (
    select id,
           extract(year from opened_at at time zone 'Europe/Amsterdam')::integer as year,
           row_number() over (partition by extract(year from opened_at at time zone 'Europe/Amsterdam')
                              order by opened_at, id) as number
    from case_file)
update case_file c
set case_number = numbered.year || '-' || lpad(numbered.number::text, greatest(6, length(numbered.number::text)), '0')
from numbered
where c.id = numbered.id;

insert into case_number_counter (year, last_number)
select extract(year from opened_at at time zone 'Europe/Amsterdam')::integer, count(*)
from case_file
group by 1;

alter table case_file alter column case_number set not null;
alter table case_file add constraint case_file_case_number_unique unique (case_number);
