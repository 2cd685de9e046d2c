-- Protected releases: every indicator is answered from the latest release, built by one hub
-- at a time (the lock row) and read by every replica. The content is the release's rows,
-- verdicts and publication history, as gzipped JSON.
create table indicator_release (
    id          bigint primary key,
    built_at    timestamp with time zone not null,
    duration_ms bigint not null,
    fingerprint varchar(400) not null,
    content     bytea not null
);

create table indicator_release_lock (
    id integer primary key
);

insert into indicator_release_lock (id) values (1);
