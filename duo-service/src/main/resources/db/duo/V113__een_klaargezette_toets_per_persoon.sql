-- At most one klaargezette leerbaarheidstoets per person (issue 11, item 19): a second run of the deferred-plicht
-- job, a second instance or a race with the listener can no longer set a second toets ready. Any duplicates an
-- earlier version left behind keep the newest as KLAARGEZET; the older ones become OVERGESLAGEN (never planned).
update leerbaarheidstoets t set status = 'OVERGESLAGEN', gewijzigd_op = now()
 where status = 'KLAARGEZET'
   and exists (select 1 from leerbaarheidstoets n
                where n.bsn = t.bsn and n.status = 'KLAARGEZET'
                  and (n.klaargezet_op, n.id) > (t.klaargezet_op, t.id));
create unique index leerbaarheidstoets_een_klaargezet on leerbaarheidstoets (bsn) where status = 'KLAARGEZET';

-- Examennummers are drawn at random by the application (Examennummers, issue 11 item 1); the sequential default
-- and its sequence go, so nothing can hand out a guessable number again.
alter table leerbaarheidstoets alter column examennummer drop default;
drop sequence leerbaarheidstoets_examennummer_seq;
