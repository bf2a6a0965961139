-- The order on the oldest signal from the signal index (decision 0046, third addendum). Each window keeps the sinds
-- its signal reports on every day inside it on which it holds, so sorteer=oudsteSignaal walks the windows that cover
-- today by it instead of computing the gemeente's whole selection. A window with a sinds is also exact in its days
-- (the order's tail leaves out whoever has one covering today); a window without one may be wider, and whoever has one
-- covering today is computed on every page of that order, as a person marked for the worker is.
alter table werkvoorraad_signaalmoment add column sinds date;

-- the walk: the gemeente's windows by sinds (a filter on today's vanaf/tot from the included columns)
create index werkvoorraad_signaalmoment_oudste on werkvoorraad_signaalmoment (gemeentecode, sinds)
    include (vanaf, tot, bsn) where sinds is not null;
-- the persons with a window without a sinds: computed on every page of the order, so they must be few
create index werkvoorraad_signaalmoment_zonder_sinds on werkvoorraad_signaalmoment (gemeentecode)
    include (vanaf, tot, bsn) where sinds is null;

-- Backfill where the exact value is plain SQL and the window is exact in its days. The termijn's and the boete's
-- windows are exact whoever wrote them (V197 or the worker), and their sinds is their first day.
update werkvoorraad_signaalmoment set sinds = vanaf
where signaalsoort in ('TERMIJN_EINDIGT_BINNEN_4_WEKEN', 'TERMIJN_OVERSCHREDEN', 'BOETE_OPGELEGD');

-- The leerroute's 10 weeks: the worker wrote the exact day (the receipt's day in Amsterdam + 70), V197 a day early;
-- only the worker's windows are exact, and they are the ones whose first day is that day.
update werkvoorraad_signaalmoment m set sinds = m.vanaf
from inburgeraar i
where m.signaalsoort = 'TIEN_WEKEN_LEERROUTE_VERSTREKEN' and i.bsn = m.bsn
  and m.vanaf = (i.ontvangen_op at time zone 'Europe/Amsterdam')::date + 70;

-- The certificaat: since DUO's beschikking, while it is not handed over (the same conditions as V197's and the code's).
update werkvoorraad_signaalmoment m set sinds = v.datum_beschikking
from beschikking_voldaan v
where m.signaalsoort = 'CERTIFICAAT_UITREIKEN' and v.bsn = m.bsn and v.gemeentecode = m.gemeentecode;

-- The doelgroepkeuze: since DUO's change of the doelgroep.
update werkvoorraad_signaalmoment m set sinds = i.doelgroep_gewijzigd_op
from inburgeraar i
where m.signaalsoort = 'DOELGROEPKEUZE_DOORGEVEN' and i.bsn = m.bsn and i.doelgroep_gewijzigd_op is not null;

-- The rest (a vooraankondiging, an unanswered signal, a PIP to set again, an overdracht's signals, and the leerroute's
-- windows of V197) are wider in V197's backfill or not worth SQL: marked for the worker, which writes them exactly.
-- Until it did, each is computed on every page of the order (above), so the answer is exact meanwhile.
insert into werkvoorraad_signaalindex_open as o (bsn)
select distinct bsn from werkvoorraad_signaalmoment where sinds is null
on conflict (bsn) do update set versie = o.versie + 1, gemerkt_op = now(), pogingen = 0;
