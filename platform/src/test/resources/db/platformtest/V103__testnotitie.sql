-- Issue 17 (decision 0045): an entity with an id the application assigns, saved through a Spring Data repository, to
-- prove that a new one is inserted without a SELECT first.
create table testnotitie (
    id    uuid primary key,
    tekst text not null
);
