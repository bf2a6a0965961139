-- The boeteregels of a boete (#8) per onderdeel, kept so DUO can deliver the boete again to the new gemeente after a
-- verhuizing (seed §13.2, issue 16, decision 0037): "ONDERDEEL=bedrag" separated by ";", e.g. "LEERROUTE=1250.00".
-- with the datum beschikking. A boete imposed before these columns existed has none: it is not delivered again (the
-- log says so).
alter table handhavingsoordeel add column boeteregels varchar(200);
alter table handhavingsoordeel add column datum_beschikking date;
