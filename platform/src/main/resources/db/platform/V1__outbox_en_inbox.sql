-- Versions 1 to 99 are reserved for the platform; a service's own migrations start at V100.

-- Transactional outbox: a use case writes its state and the event it causes in one transaction;
-- the relay publishes rows in volgnummer order and marks them, so nothing is lost between commit and publish.
create table outbox_event (
    volgnummer      bigserial    primary key,
    id              uuid         not null unique,
    topic           text         not null,
    partitiesleutel text         not null,
    type            text         not null,
    source          text         not null,
    tijd            timestamptz  not null,
    dataschema      text         not null,
    payload         bytea        not null,
    -- the delivery agreement of the stelseldienst (§14.3), counted from the triggering signal
    uiterlijk_op    timestamptz,
    gepubliceerd_op timestamptz
);
create index outbox_event_te_publiceren on outbox_event (volgnummer) where gepubliceerd_op is null;

-- Idempotent inbox: (source, id) of every handled event, written in the same transaction as its effect.
create table inbox_event (
    source        text        not null,
    id            text        not null,
    type          text        not null,
    topic         text        not null,
    ontvangen_op  timestamptz not null,
    primary key (source, id)
);
