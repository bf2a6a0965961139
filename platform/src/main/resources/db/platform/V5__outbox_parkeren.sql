-- Issue 11 item 13: a row the broker keeps refusing (too large, a topic refused) is parked after a number of
-- attempts, so the rest of the outbox flows; later rows of the same partitiesleutel wait behind it.
alter table outbox_event add column pogingen integer not null default 0;
alter table outbox_event add column laatste_fout text;
alter table outbox_event add column geparkeerd_op timestamptz;
create index outbox_event_geparkeerd on outbox_event (partitiesleutel, volgnummer)
    where geparkeerd_op is not null and gepubliceerd_op is null;
