-- Decision 0018: a stelseldienst with a topic per recipient stores one fact once per recipient's topic, with the same
-- CloudEvents id (a consumer that reads several of those topics, like the local multi-tenant gemeente-service, handles
-- it once). The id is unique per topic.
alter table outbox_event drop constraint outbox_event_id_key;
alter table outbox_event add constraint outbox_event_id_topic_key unique (id, topic);
