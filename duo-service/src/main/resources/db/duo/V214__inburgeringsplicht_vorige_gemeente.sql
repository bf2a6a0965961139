-- After a verhuizing: the gemeente that had the plicht before it (seed §13.2, §14.2.1; issue 16, decision 0037). The old
-- gemeente may bring its #17 up to date until 10 werkdagen after the verhuizing (datum_vestiging).
alter table inburgeringsplicht add column vorige_gemeentecode varchar(4);
