-- The werkvoorraad's signal index (decision 0046). Per person the windows of days in which a signal may hold given
-- his facts as they are (vanaf .. tot, both inclusive, null open): kept by the core in the transaction that stores a
-- fact (inburgeraar.api.Signaalmomenten), read to find the CANDIDATES of a signal filter by an index; whether a
-- candidate carries the signal today is still decided by the chapters' code when the page is read. A window may so be
-- wider than the signal, never narrower: the backfill below is that where the exact rule is not worth writing in SQL.
create table werkvoorraad_signaalmoment (
    bsn          varchar(9) not null,
    gemeentecode varchar(4) not null,
    signaalsoort text       not null,
    vanaf        date,
    tot          date
);
-- a person's windows are replaced as a whole when his facts change
create index werkvoorraad_signaalmoment_bsn on werkvoorraad_signaalmoment (bsn, signaalsoort) include (gemeentecode, vanaf, tot);
-- a filter's candidates in a gemeente: the windows of a signal begun by today
create index werkvoorraad_signaalmoment_kandidaat on werkvoorraad_signaalmoment (gemeentecode, signaalsoort, vanaf)
    include (tot, bsn);

-- sorteer=einddatumTermijn: the last day of the actuele termijn (the PIP feature's latest #5), kept with the windows
alter table inburgeraar add column einddatum_termijn date;
create index inburgeraar_werkvoorraad_termijn on inburgeraar (gemeentecode, einddatum_termijn, ontvangen_op desc, id desc);

update inburgeraar i set einddatum_termijn = t.einddatum
from (select distinct on (bsn, gemeentecode) bsn, gemeentecode, einddatum
      from inburgeringstermijn order by bsn, gemeentecode, volgnummer desc) t
where t.bsn = i.bsn and t.gemeentecode = i.gemeentecode;

-- Backfill from the stored facts, per signal, only for whose plicht runs (an ended plicht shows the certificaat only).
-- The windows of the termijn and the boete are exact; the others are wider (from the first fact that can give the
-- signal, without its end): the first change of the person's facts after the migration replaces them by exact ones.
insert into werkvoorraad_signaalmoment (bsn, gemeentecode, signaalsoort, vanaf, tot)
select bsn, gemeentecode, 'TERMIJN_EINDIGT_BINNEN_4_WEKEN', einddatum_termijn - 28, einddatum_termijn
from inburgeraar where einddatum_plicht is null and einddatum_termijn is not null
union all
select bsn, gemeentecode, 'TERMIJN_OVERSCHREDEN', einddatum_termijn + 1, null
from inburgeraar where einddatum_plicht is null and einddatum_termijn is not null
union all
select s.bsn, s.gemeentecode, 'VOORAANKONDIGING_BOETE', min(s.datum_signalering), null
from signalering s join inburgeraar i on i.bsn = s.bsn and i.gemeentecode = s.gemeentecode
where i.einddatum_plicht is null and s.reden = 'VOORAANKONDIGING_BOETE'
group by s.bsn, s.gemeentecode
union all
-- 10 weeks after the plicht reached the gemeente (a day early: the day is Amsterdam's), unless a PIP DUO did not reject
select i.bsn, i.gemeentecode, 'TIEN_WEKEN_LEERROUTE_VERSTREKEN', i.ontvangen_op::date + 69, null
from inburgeraar i
where i.einddatum_plicht is null
  and not exists (select 1 from pip p where p.bsn = i.bsn and p.gemeentecode = i.gemeentecode and p.status <> 'AFGEWEZEN')
union all
-- from the day after the earliest uiterlijke leverdatum can be (DUO's, else 10 werkdagen after the signal)
select s.bsn, s.gemeentecode, 'SIGNAAL_ONBEANTWOORD',
       min(coalesce(least(s.uiterlijke_leverdatum, s.datum_signalering), s.datum_signalering)) + 1, null
from signalering s join inburgeraar i on i.bsn = s.bsn and i.gemeentecode = s.gemeentecode
where i.einddatum_plicht is null
group by s.bsn, s.gemeentecode
union all
select b.bsn, b.gemeentecode, 'BOETE_OPGELEGD', max(b.datum_beschikking), max(b.datum_beschikking) + 42
from opgelegde_boete b join inburgeraar i on i.bsn = b.bsn and i.gemeentecode = b.gemeentecode
where i.einddatum_plicht is null
group by b.bsn, b.gemeentecode
union all
select v.bsn, v.gemeentecode, 'CERTIFICAAT_UITREIKEN', null, null
from beschikking_voldaan v join inburgeraar i on i.bsn = v.bsn and i.gemeentecode = v.gemeentecode
where v.waardepapier = 'INBURGERINGSCERTIFICAAT' and v.certificaat_uitgereikt_op is null
  and (i.einddatum_plicht is null or i.reden_einde_plicht is distinct from 'OVERLIJDEN')
union all
select bsn, gemeentecode, 'DOELGROEPKEUZE_DOORGEVEN', null, doelgroep_gewijzigd_op + 70
from inburgeraar
where einddatum_plicht is null and doelgroep_gewijzigd_op is not null
  and (doelgroepkeuze_bevestigd_op is null or doelgroepkeuze_bevestigd_op < doelgroep_gewijzigd_op)
union all
select distinct o.bsn, o.gemeentecode, 'PIP_OPNIEUW_VASTSTELLEN', null::date, null::date
from vrijstelling_ontheffing o join inburgeraar i on i.bsn = o.bsn and i.gemeentecode = o.gemeentecode
where i.einddatum_plicht is null and o.oordeel = 'TOEKENNING' and o.soort = 'GEDEELTELIJK'
union all
select distinct o.bsn, o.gemeentecode, soort.naam, null::date, null::date
from overdracht_inburgeraar o join inburgeraar i on i.bsn = o.bsn and i.gemeentecode = o.gemeentecode
cross join (values ('OVERDRACHT_GEVRAAGD'), ('PIP_VORIGE_GEMEENTE_BEOORDELEN'), ('BREDE_INTAKE_NA_VERHUIZING')) soort (naam)
where i.einddatum_plicht is null;
