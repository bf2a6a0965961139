-- Issue 15 item 3: a change of verblijfsrecht (#2). The vergunning holds the current doel or how it ended; the
-- history of which doel from when is one row per change.
alter table verblijfsvergunning add column beeindigd_door text;

create table verblijfsrechtwijziging (
    id                             bigserial   primary key,
    v_nummer                       varchar(10) not null references verblijfsvergunning (v_nummer),
    soort                          text        not null,
    vorig_verblijfsdoel            text        not null,
    nieuw_verblijfsdoel            text,
    referent_is_asielstatushouder  boolean     not null,
    ingangsdatum                   date        not null,
    geregistreerd_op               timestamptz not null,
    geleverd_op                    timestamptz
);
create index verblijfsrechtwijziging_v_nummer on verblijfsrechtwijziging (v_nummer);
