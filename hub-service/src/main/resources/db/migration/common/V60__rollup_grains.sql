-- Rollups at several grains, and the production of every performance.
-- Every attendance rollup is keyed by dataset, venue (the unit of disclosure control), month,
-- genre and production, plus at most one audience column (ingestion.AttendanceRollup). A
-- query reads the one that has the column it needs: tickets per month read a few rows per
-- venue and month instead of one per attendance line. The former rollup kept all three
-- audience columns at once: nearly one row per attendance line, the costliest write of
-- ingestion, for crossings (tariff by age band...) that are at the level of single lines and
-- are no longer offered. free_tickets is kept because only one table has the tariff.

alter table performance_fact add column production_id varchar(16) default 'none' not null;
update performance_fact set production_id = (select i.production_id from performance_identifier i
    where i.dataset_id = performance_fact.dataset_id and i.record_id = performance_fact.record_id)
where exists (select 1 from performance_identifier i
    where i.dataset_id = performance_fact.dataset_id and i.record_id = performance_fact.record_id);

drop table attendance_rollup;
drop table performance_rollup;

create table attendance_by_venue_month (
    dataset_id varchar(64) not null,
    venue_org varchar(64) not null,
    period_month date not null,
    genre varchar(32) not null,
    production_id varchar(16) not null,
    tickets bigint not null,
    revenue_cents bigint not null,
    first_time_buyers bigint not null,
    free_tickets bigint not null,
    lines bigint not null,
    primary key (dataset_id, venue_org, period_month, genre, production_id)
);

create table attendance_by_tariff (
    dataset_id varchar(64) not null,
    venue_org varchar(64) not null,
    period_month date not null,
    genre varchar(32) not null,
    production_id varchar(16) not null,
    tariff_category varchar(32) not null,
    tickets bigint not null,
    revenue_cents bigint not null,
    first_time_buyers bigint not null,
    free_tickets bigint not null,
    lines bigint not null,
    primary key (dataset_id, venue_org, period_month, genre, production_id, tariff_category)
);

create table attendance_by_age_band (
    dataset_id varchar(64) not null,
    venue_org varchar(64) not null,
    period_month date not null,
    genre varchar(32) not null,
    production_id varchar(16) not null,
    age_band varchar(16) not null,
    tickets bigint not null,
    revenue_cents bigint not null,
    first_time_buyers bigint not null,
    free_tickets bigint not null,
    lines bigint not null,
    primary key (dataset_id, venue_org, period_month, genre, production_id, age_band)
);

create table attendance_by_buyer_department (
    dataset_id varchar(64) not null,
    venue_org varchar(64) not null,
    period_month date not null,
    genre varchar(32) not null,
    production_id varchar(16) not null,
    buyer_department varchar(3) not null,
    tickets bigint not null,
    revenue_cents bigint not null,
    first_time_buyers bigint not null,
    free_tickets bigint not null,
    lines bigint not null,
    primary key (dataset_id, venue_org, period_month, genre, production_id, buyer_department)
);

create table performance_rollup (
    dataset_id varchar(64) not null,
    venue_org varchar(64) not null,
    period_month date not null,
    genre varchar(32) not null,
    production_id varchar(16) not null,
    performances bigint not null,
    capacity     bigint not null,
    primary key (dataset_id, venue_org, period_month, genre, production_id)
);

-- Rebuilt from the facts: the same GROUP BY the rollup check compares with.
insert into attendance_by_venue_month (dataset_id, venue_org, period_month, genre, production_id, tickets, revenue_cents, first_time_buyers, free_tickets, lines)
select p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers),
    sum(case when a.tariff_category = 'free-exempt' then a.tickets else 0 end), count(*)
from attendance_fact a join performance_fact p on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id
group by p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id;

insert into attendance_by_tariff (dataset_id, venue_org, period_month, genre, production_id, tariff_category, tickets, revenue_cents, first_time_buyers, free_tickets, lines)
select p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.tariff_category, sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers),
    sum(case when a.tariff_category = 'free-exempt' then a.tickets else 0 end), count(*)
from attendance_fact a join performance_fact p on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id
group by p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.tariff_category;

insert into attendance_by_age_band (dataset_id, venue_org, period_month, genre, production_id, age_band, tickets, revenue_cents, first_time_buyers, free_tickets, lines)
select p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.age_band, sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers),
    sum(case when a.tariff_category = 'free-exempt' then a.tickets else 0 end), count(*)
from attendance_fact a join performance_fact p on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id
group by p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.age_band;

insert into attendance_by_buyer_department (dataset_id, venue_org, period_month, genre, production_id, buyer_department, tickets, revenue_cents, first_time_buyers, free_tickets, lines)
select p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.buyer_department, sum(a.tickets), sum(a.revenue_cents), sum(a.first_time_buyers),
    sum(case when a.tariff_category = 'free-exempt' then a.tickets else 0 end), count(*)
from attendance_fact a join performance_fact p on p.dataset_id = a.dataset_id and p.record_id = a.performance_record_id
group by p.dataset_id, p.venue_org, p.period_month, p.genre, p.production_id, a.buyer_department;

insert into performance_rollup (dataset_id, venue_org, period_month, genre, production_id, performances, capacity)
select dataset_id, venue_org, period_month, genre, production_id, count(*), sum(capacity)
from performance_fact group by dataset_id, venue_org, period_month, genre, production_id;
