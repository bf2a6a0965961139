-- Ontheffing wegens bijzondere individuele omstandigheden (issue 15, seed §11.3): the gemeente's advies the aanvraag
-- carries (or DUO asked for: SS140), the machtiging for a medisch onderzoek and the arts's advies, the day DUO handed
-- the complete dossier to SZW, and SZW's beslissing (#21) as DUO received it.
alter table ontheffingsaanvraag add column advies_gemeente varchar(2000);
alter table ontheffingsaanvraag add column advies_gemeente_datum date;
alter table ontheffingsaanvraag add column machtiging_medisch_onderzoek boolean;
alter table ontheffingsaanvraag add column medisch_advies varchar(2000);
alter table ontheffingsaanvraag add column naar_szw_op date;
