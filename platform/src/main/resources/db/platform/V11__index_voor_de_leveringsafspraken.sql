-- Issue 17 (decision 0045): the gauge keten.leveringsafspraak keeps running totals and counts each tick only the inbox
-- rows since its watermark (and the oldest one left after pruning); this index answers both from the index alone,
-- without reading the table, and holds only the rows that carry a deadline.
create index inbox_event_leveringen on inbox_event (ontvangen_op) include (topic, uiterlijk_op)
    where uiterlijk_op is not null;
