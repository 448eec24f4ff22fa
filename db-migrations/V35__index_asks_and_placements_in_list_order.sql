-- The asks and placements lists read a page's ids from these indexes alone, newest first, at any depth (then join only
-- those rows): the lists' order (sent_at, start_date) followed by the id InnoDB keeps in every index.
alter table engagement_ask add index engagement_ask_sent (sent_at);
alter table placement add index placement_start (start_date);
