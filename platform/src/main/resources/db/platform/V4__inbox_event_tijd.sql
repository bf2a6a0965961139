-- The CloudEvents time of the handled event: when the producing partner registered the fact (its outbox row).
-- With ontvangen_op it gives the partner-to-partner latency of a stelseldienst (keten-benchmark).
-- Null for events handled before this column existed.
alter table inbox_event add column event_tijd timestamptz;
