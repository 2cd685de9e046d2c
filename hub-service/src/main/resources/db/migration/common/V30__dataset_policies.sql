-- Datasets and their sharing policies. Portable between PostgreSQL and H2 (MODE=PostgreSQL).

-- The decision that approved a dataset, and when: the embargo of a policy may count from it.
alter table dataset add column approved_at timestamp with time zone;
alter table dataset add column approved_by_decision_seq bigint;

-- Every version of a dataset's sharing policy is kept, whatever became of it.
-- status: PENDING (awaiting its motion), CURRENT (the one in force; at most one per
-- dataset), SUPERSEDED (was current), REJECTED (its motion did not adopt it).
-- document: the policy as canonical JSON (PolicyWriter), policyId = dataset id,
-- version = this row's version, so that the text alone says what it governs.
create table dataset_policy_version (
    dataset_id              varchar(64)  not null references dataset (id),
    version                 int          not null,
    document                text         not null,
    replaces_version        int,
    status                  varchar(16)  not null,
    -- The motion that decided (or is deciding) this version; null until one opens.
    motion_id               uuid,
    adopted_by_decision_seq bigint,
    adopted_at              timestamp with time zone,
    proposed_by             varchar(128) not null,
    proposed_at             timestamp with time zone not null,
    primary key (dataset_id, version)
);
create index dataset_policy_version_status on dataset_policy_version (dataset_id, status);
