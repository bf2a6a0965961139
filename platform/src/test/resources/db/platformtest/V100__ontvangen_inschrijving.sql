-- Every effect of the test consumer, deliberately without a unique key: a duplicate would show here.
create table ontvangen_inschrijving (
    id          bigint generated always as identity primary key,
    bsn         varchar(9) not null,
    gemeentecode varchar(4) not null
);
