-- The day the person settled in his current gemeente (BRP verhuizing), for the PIP rule "dagtekening niet voor
-- de vestiging bij de gemeente". Null while he never moved: then the datum_inschrijving is that day.
alter table inburgeringsplicht add column datum_vestiging date;
