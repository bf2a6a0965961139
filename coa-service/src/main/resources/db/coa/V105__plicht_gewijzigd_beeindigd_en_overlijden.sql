-- Issue 15 item 6 (COA part): #3 gewijzigd and beëindigd for a bewoner (ontvanger COA), and the overlijden from the BRP.
alter table inburgeringsplicht add column reden_wijziging varchar(60);
alter table inburgeringsplicht add column datum_wijziging date;
alter table inburgeringsplicht add column openstaande_onderdelen varchar(200);
alter table inburgeringsplicht add column einddatum date;
alter table inburgeringsplicht add column reden_beeindiging varchar(60);
alter table bewoner add column overleden_op date;
