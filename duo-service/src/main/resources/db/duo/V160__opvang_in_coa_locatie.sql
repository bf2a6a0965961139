-- Issue 13 item 8: IND's #1 (v2) says for ASIEL whether the asielstatushouder lives in a COA location;
-- false = never lived there (delivered like a nareiziger to the gemeente of inschrijving), null = unknown.
alter table inburgeringsplicht add column opvang_in_coa_locatie boolean;
