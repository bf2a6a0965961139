-- Issue 16 part 3 (decision 0042): an event this consumer dead-lettered, with its delivery deadline, so that one not
-- (yet) applied after its deadline counts as open past the deadline until an operator replays it after a fix (then the
-- inbox row says whether it came on time or late). Coordinates and ids only, no personal data (decision 0013).
create table dead_letter_termijn (
    source         text        not null,
    id             text        not null,
    topic          text        not null,
    uiterlijk_op   timestamptz,
    dead_letter_op timestamptz not null,
    primary key (source, id, topic)
);
create index dead_letter_termijn_uiterlijk_op on dead_letter_termijn (uiterlijk_op);
