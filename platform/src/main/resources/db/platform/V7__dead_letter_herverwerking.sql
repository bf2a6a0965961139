-- Issue 11 item 17: every replay of a dead letter by an operator (POST /beheer/dead-letters/.../_herverwerk), so the
-- list shows which letters were replayed, when, by whom and to which record. The letter itself stays in its
-- dead-letter topic; this table holds its coordinates and an event id, no personal data (decision 0013).
create table dead_letter_herverwerking (
    id             bigint generated always as identity primary key,
    dlt_topic      varchar(249) not null,
    partitie       integer      not null,
    dlt_offset     bigint       not null,
    event_id       varchar(200),
    herverwerkt_op timestamptz  not null,
    door           varchar(300) not null,
    naar_topic     varchar(249) not null,
    naar_partitie  integer      not null,
    naar_offset    bigint       not null
);
create index dead_letter_herverwerking_letter on dead_letter_herverwerking (dlt_topic, partitie, dlt_offset);
