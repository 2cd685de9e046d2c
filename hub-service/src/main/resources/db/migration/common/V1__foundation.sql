-- Foundation schema, portable between PostgreSQL and H2 (MODE=PostgreSQL).
-- Vendor-specific objects go to db/migration/postgresql or db/migration/h2.

create table organisation (
    id              varchar(64)  primary key,
    legal_name      varchar(200) not null,
    kind            varchar(32)  not null,
    college         varchar(32),
    region_code     varchar(3),
    department_code varchar(3),
    siret           varchar(14),
    contact_email   varchar(254),
    status          varchar(16)  not null,
    created_at      timestamp with time zone not null
);

create table local_account (
    username        varchar(64)  primary key,
    password_hash   varchar(100) not null,
    roles           varchar(200) not null,
    organisation_id varchar(64)  references organisation (id),
    display_name    varchar(200)
);

create table voting_body (
    id         varchar(64)  primary key,
    name       varchar(200) not null,
    kind       varchar(32)  not null,
    created_at timestamp with time zone not null
);

create table seat (
    id            uuid        primary key,
    body_id       varchar(64) not null references voting_body (id),
    position      int         not null,
    holder_org_id varchar(64) references organisation (id),
    holder_person varchar(128),
    weight        int         not null default 1,
    college       varchar(32),
    chair         boolean     not null default false,
    constraint seat_has_one_holder check ((holder_org_id is null) <> (holder_person is null)),
    constraint seat_weight_positive check (weight > 0)
);
create index seat_body on seat (body_id);

-- Contributed records, one row per (dataset, contributor's record id): the highest version wins.
create table contributed_record (
    dataset_id      varchar(64)  not null,
    record_id       varchar(128) not null,
    record_type     varchar(16)  not null,
    version         int          not null,
    deleted         boolean      not null,
    contributor_org varchar(64)  not null,
    payload         text,
    stored_at       timestamp with time zone not null,
    primary key (dataset_id, record_id)
);
