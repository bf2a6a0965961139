-- Logboek dataverwerkingen (Logius, draft standard): one row per action on the personal data of one data
-- subject. Column names follow the standard's data model (trace_id, span_id, status_code, start_time,
-- end_time, dpl.core.* attributes); the calling organisation and the service are this chain's additions
-- (the standard's "resource" and the party the processing is done for).
-- A BSN is never stored: data_subject_id is the platform pseudonym (HMAC-SHA256) of the BSN.
create table logboek_dataverwerking (
    id                       uuid        primary key,
    -- W3C Trace Context of the action: 16 and 8 bytes as lowercase hex
    trace_id                 char(32)    not null,
    span_id                  char(16)    not null,
    parent_span_id           char(16),
    -- dpl.core.processing_activity_id: the activity in the register of processing activities, and its name
    processing_activity_id   text        not null,
    processing_activity_name text        not null,
    -- OK, or ERROR when the surrounding work failed (only OK and ERROR are written; the standard's UNSET is not used)
    status_code              text        not null check (status_code in ('OK', 'ERROR')),
    -- dpl.core.data_subject_id (pseudonymised) and dpl.core.data_subject_id_type
    data_subject_id          text        not null,
    data_subject_id_type     text        not null,
    -- who the processing was done for: the caller's OIN from its access token, or this organisation's own OIN
    -- for work of its own (Kafka consumers, scheduled jobs); the gemeente or instelling within it, if any
    organisatie_oin          text        not null,
    gemeentecode             text,
    instellingsnummer        text,
    -- the resource: the service that processed the data
    service                  text        not null,
    start_time               timestamptz not null,
    end_time                 timestamptz not null
);
create index logboek_dataverwerking_betrokkene on logboek_dataverwerking (data_subject_id, start_time);
create index logboek_dataverwerking_trace on logboek_dataverwerking (trace_id);
