-- A platform migration written after the service's V101: in one shared history it would be out of order.
create table platform_nieuw (id bigint primary key);
