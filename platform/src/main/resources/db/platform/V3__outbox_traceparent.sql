-- W3C Trace Context of the work that stored the event (architecture §9): the relay continues this trace
-- when it publishes, so one trace shows a fact moving from a REST call through Kafka to its consumers.
-- Null for rows stored outside any trace; the relay then starts a new one.
alter table outbox_event add column traceparent text;
