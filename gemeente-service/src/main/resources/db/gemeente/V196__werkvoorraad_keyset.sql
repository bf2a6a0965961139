-- The werkvoorraad pages by keyset (decision 0044): newest first, the id makes the order total, so the next page is
-- an index range scan after the last row of the previous one, however deep. This index replaces
-- inburgeraar_werkvoorraad (gemeentecode, ontvangen_op desc), which it extends.
create index inburgeraar_werkvoorraad_keyset on inburgeraar (gemeentecode, ontvangen_op desc, id desc);
drop index inburgeraar_werkvoorraad;
-- status=beeindigd: the few whose plicht ended, without walking the gemeente's running ones.
create index inburgeraar_werkvoorraad_beeindigd on inburgeraar (gemeentecode, ontvangen_op desc, id desc)
    where einddatum_plicht is not null;
-- Every werkvoorraad page and every _zoek reads the beschikkingen voldaan of its persons (bsn in (...)), and the active
-- werkvoorraad asks for an ended plicht whether a certificaat is still to be handed over: by bsn, not a table scan.
create index beschikking_voldaan_bsn on beschikking_voldaan (bsn, gemeentecode);
