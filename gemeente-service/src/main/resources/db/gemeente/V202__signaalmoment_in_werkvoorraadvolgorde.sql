-- The signal index in the werkvoorraad's own order (decision 0046, third addendum): each window keeps its person's
-- ontvangen_op and id, so the windows of one signal are one index range newest first and a filter's first block is
-- found by walking them from the cursor, whatever share of the rows carries the signal. Written by the index's worker
-- from the inburgeraar row as it is; a person whose row changes (a verhuizing gives a new id and ontvangen_op) is
-- marked in that transaction, and a marked person's windows are not walked until the worker has rewritten them.
alter table werkvoorraad_signaalmoment add column ontvangen_op timestamptz, add column inburgeraar_id uuid;

update werkvoorraad_signaalmoment m set ontvangen_op = i.ontvangen_op, inburgeraar_id = i.id
from inburgeraar i where i.bsn = m.bsn;

create index werkvoorraad_signaalmoment_nieuwste on werkvoorraad_signaalmoment
    (gemeentecode, signaalsoort, ontvangen_op desc, inburgeraar_id desc) include (vanaf, tot, bsn);
