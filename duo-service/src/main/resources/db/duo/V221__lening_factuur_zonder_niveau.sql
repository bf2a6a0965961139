-- A factuur for a course of the onderwijsroute or the Z-route has no niveau: FactuurIngediend names one only within
-- the B1-route (the instelling sends ONBEKEND elsewhere), and the rule NIVEAU_CONFORM_PIP then has nothing to weigh.
alter table lening_factuur alter column niveau drop not null;
