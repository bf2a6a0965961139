-- The signal index is brought up to date after the commit, in batches (decision 0046, second addendum): the
-- transaction that stores a fact only marks the person here, and SignaalindexBijwerken recomputes the marked persons
-- of many transactions at once. Until then a marked person is a candidate of every signal filter, so the answer stays
-- the code's for any clock. versie tells the worker whether the person was marked again while it recomputed him.
create table werkvoorraad_signaalindex_open (
    bsn        varchar(9)  primary key,
    versie     bigint      not null default 1,
    gemerkt_op timestamptz not null default now(),
    pogingen   int         not null default 0
);
