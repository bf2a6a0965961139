-- Issue 15 items 3 and 4 (seed §13.4, §13.5): a change of verblijfsrecht (#2) can change the doelgroep. DUO records
-- from when and from which doelgroep, because the gemeente passes the inburgeraar's keuze (#16) within 10 weeks of
-- that date, and the keuze it confirmed (#3 gewijzigd DOELGROEPKEUZE_BEVESTIGD).
alter table inburgeringsplicht add column doelgroep_gewijzigd_op date;
alter table inburgeringsplicht add column vorige_doelgroep text;
alter table inburgeringsplicht add column doelgroepkeuze text;
alter table inburgeringsplicht add column doelgroepkeuze_op date;
