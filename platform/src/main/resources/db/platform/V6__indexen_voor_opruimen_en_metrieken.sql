-- Issue 11 item 22: the scans of pruning (inbox, Logboek, published outbox rows) and of the outbox metrics use an
-- index instead of reading the whole table.
create index inbox_event_ontvangen_op on inbox_event (ontvangen_op);
create index logboek_dataverwerking_einde on logboek_dataverwerking (end_time);
create index outbox_event_gepubliceerd_op on outbox_event (gepubliceerd_op) where gepubliceerd_op is not null;
create index outbox_event_uiterlijk_op on outbox_event (uiterlijk_op) where uiterlijk_op is not null;
create index outbox_event_oudste on outbox_event (tijd) where gepubliceerd_op is null;
