-- Where a venue is, as an IANA zone id (e.g. Asia/Seoul): tickets print the show time in it, named.
-- Null for venues saved before: they use the server's zone, as everything did until now.
alter table venue add column time_zone varchar(64);
