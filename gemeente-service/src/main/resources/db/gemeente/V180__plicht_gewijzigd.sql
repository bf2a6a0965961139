-- Issue 15 (decision 0036): DUO's #3 InburgeringsplichtGewijzigd at the gemeente. It carries the full current state:
-- the doelgroep (already columns), the onderdelen still to pass, the asielrechten after a doelgroepkeuze, and why and
-- when DUO changed the plicht. DOELGROEP_GEWIJZIGD starts the gemeente's 10 weeks for the doelgroepkeuze (#16); DUO's
-- DOELGROEPKEUZE_BEVESTIGD ends them.
alter table inburgeraar add column openstaande_onderdelen text;
alter table inburgeraar add column asielrechten_wijziging_verblijfsdoel text;
alter table inburgeraar add column reden_wijziging_plicht text;
alter table inburgeraar add column datum_wijziging_plicht date;
alter table inburgeraar add column doelgroep_gewijzigd_op date;
alter table inburgeraar add column doelgroepkeuze_bevestigd_op date;
