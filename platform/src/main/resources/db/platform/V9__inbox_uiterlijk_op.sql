-- Issue 16 part 3 (decision 0042): the delivery deadline travels with the event as the CloudEvents extension
-- uiterlijkop (set by the producer's relay from outbox_event.uiterlijk_op); the consumer stores it next to
-- ontvangen_op, the moment it applied the event, so it can tell deliveries on time from late ones per stelseldienst.
-- Null for events without the extension (older producers, agreements without a computable deadline).
alter table inbox_event add column uiterlijk_op timestamptz;
