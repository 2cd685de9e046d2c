-- Governance: people acting for organisations, rule versions, motions, ballots and the
-- append-only decision log. Portable between PostgreSQL and H2 (MODE=PostgreSQL).

-- Who acts for an organisation, and as what (org-admin, contributor, analyst).
create table organisation_person (
    organisation_id varchar(64)  not null references organisation (id),
    subject         varchar(128) not null,
    role            varchar(16)  not null,
    primary key (organisation_id, subject, role)
);
create index organisation_person_subject on organisation_person (subject);

-- Every version of a body's rules is kept: a motion points at the version it was opened under.
create table voting_rules_version (
    body_id    varchar(64) not null references voting_body (id),
    version    int         not null,
    rules_json text        not null,
    created_at timestamp with time zone not null,
    created_by varchar(128),
    primary key (body_id, version)
);

create table motion (
    id            uuid         primary key,
    body_id       varchar(64)  not null,
    rules_version int          not null,
    kind          varchar(32)  not null,
    subject_ref   varchar(128),
    title         varchar(200) not null,
    description   text,
    ratification  boolean      not null default false,
    -- The body's seats when the motion opened (JSON): later seat changes do not alter who votes.
    seats_json    text         not null,
    opened_by     varchar(128) not null,
    opened_at     timestamp with time zone not null,
    closes_at     timestamp with time zone not null,
    status        varchar(16)  not null,
    closed_at     timestamp with time zone,
    outcome       varchar(16),
    decision_seq  bigint,
    constraint motion_rules_version foreign key (body_id, rules_version)
        references voting_rules_version (body_id, version)
);
create index motion_status_closes on motion (status, closes_at);
create index motion_subject on motion (subject_ref);

-- One ballot per seat and motion, enforced here: concurrent requests cannot both insert.
-- seat_id refers to the motion's seat snapshot, so it has no foreign key to seat.
create table ballot (
    id        uuid         primary key,
    motion_id uuid         not null references motion (id),
    seat_id   uuid         not null,
    choice    varchar(8)   not null,
    cast_by   varchar(128) not null,
    cast_at   timestamp with time zone not null,
    constraint ballot_one_per_seat unique (motion_id, seat_id)
);

-- Append-only, hash-chained: hash = SHA-256(canonical entry + prev_hash). The application
-- never updates or deletes a row; appends are serialised by locking decision_log_head.
create table decision_log (
    seq           bigint       primary key,
    at            timestamp with time zone not null,
    kind          varchar(32)  not null,
    subject       varchar(128),
    motion_id     uuid,
    body_id       varchar(64),
    outcome       varchar(16)  not null,
    rules_version int,
    explanation   text         not null,
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index decision_log_motion on decision_log (motion_id);

-- The single row every append locks (SELECT ... FOR UPDATE): it holds the chain's tip.
create table decision_log_head (
    id        int         primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null,
    constraint decision_log_head_single check (id = 1)
);
insert into decision_log_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
