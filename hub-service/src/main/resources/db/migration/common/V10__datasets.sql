-- Datasets: owned by one member, approved by vote before ingestion opens.
create table dataset (
    id             varchar(64)   primary key,
    owner_org_id   varchar(64)   not null references organisation (id),
    kind           varchar(16)   not null,
    title          varchar(200)  not null,
    description    varchar(2000),
    schema_version varchar(8)    not null,
    licence        varchar(32)   not null,
    status         varchar(16)   not null,
    created_at     timestamp with time zone not null
);
create index dataset_owner on dataset (owner_org_id);
