-- Issue 13 item 8: for ASIEL, whether the asielstatushouder lives in a COA location; false = never lived there,
-- null = unknown (as before). Goes to DUO in #1 (VerblijfsdoelDoorgegeven v2).
alter table verblijfsvergunning add column opvang_in_coa_locatie boolean;
