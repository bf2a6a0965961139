-- The delivery agreements as the other partners counted them (issue 16 part 3; decision 0042, addendum), for SZW's
-- chain report: the latest publication per producing system and chain day, counts only (no person, no event id).
-- A later publication for a day replaces that day's counts.
create table szw_leveringsdag (
    bron            varchar(200)    not null,  -- the producing system, the CloudEvents source
    dag             date            not null,
    producent       varchar(20)     not null,  -- its partner: ind, coa, gemeente, instelling
    geteld_op       timestamptz     not null,
    primary key (bron, dag)
);

create table szw_leveringstelling (
    bron            varchar(200)    not null,
    dag             date            not null,
    stelseldienst   varchar(200)    not null,
    leverancier     varchar(40)     not null,
    afnemer         varchar(200)    not null,
    op_tijd         bigint          not null,
    te_laat         bigint          not null,
    open            bigint          not null,
    niet_verstuurd  bigint          not null,
    primary key (bron, dag, stelseldienst, leverancier, afnemer),
    foreign key (bron, dag) references szw_leveringsdag (bron, dag) on delete cascade
);
