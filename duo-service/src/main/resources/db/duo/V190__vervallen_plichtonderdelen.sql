-- Vrijstellingen en ontheffingen (issue 15; seed §10.2, §11): a partial vrijstelling or ontheffing takes onderdelen
-- of the plicht away, and DUO sets the rest anew (#3 gewijzigd). The onderdelen that went, comma-separated in the
-- order of the contract's Plichtonderdeel; empty while the whole plicht stands.
alter table inburgeringsplicht add column vervallen_onderdelen varchar(40) not null default '';
