-- A stable, meaningless id for the inburgeraar resource, so no BSN ever appears in a URL.
alter table inburgeraar add column id uuid not null default gen_random_uuid();
alter table inburgeraar add constraint inburgeraar_id_uniek unique (id);
