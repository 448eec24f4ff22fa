-- The trigger that copies an asked-for offer's title for the brokerage lists (V46), rewritten from INSERT ... SELECT to
-- INSERT ... VALUES with the title read by a subquery: on MariaDB 11.4 an INSERT ... SELECT inside a row trigger costs
-- about a millisecond a row (see V48), which made 100,000 generated place requests take 35 s. Same row, same result
-- when the offer is already listed.

drop trigger listed_offer_on_place_request_insert;

create trigger listed_offer_on_place_request_insert after insert on place_request for each row
    insert into listed_offer (id, title) values (new.offer_id, (select o.title from offer o where o.id = new.offer_id))
    on duplicate key update title = values(title);
