-- The names the brokerage lists (place requests, asks, placements) show beside their rows, copied into tables the
-- brokerage module owns and kept by triggers in the transaction of every change, as the board (V32) and the pledge wall
-- (V37) keep theirs. A list page then reads its rows with their names in one statement, joined by primary key, without
-- naming another module's entity. Rather than a cache: always current on every instance, and no page pays for a miss.
-- listed_organisation: every organisation's name (a merge moves the brokerage rows to the other organisation, whose name
-- is there already). listed_offer: the title of each offer asked for (a place request's offer never changes).
-- listed_offer_type: the catalogue's names. Key columns are named id (not organisation_id): they are the copied row's
-- own id, not a reference a merge must move. AFTER triggers only (see V32).

create table listed_organisation (
    id   bigint       not null primary key,
    name varchar(200) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table listed_offer (
    id    bigint       not null primary key,
    title varchar(150) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table listed_offer_type (
    id   bigint       not null primary key,
    name varchar(100) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into listed_organisation (id, name) select id, name from organisation;
insert into listed_offer (id, title) select o.id, o.title from (select distinct offer_id from place_request) r join offer o on o.id = r.offer_id;
insert into listed_offer_type (id, name) select id, name from offer_type;

create trigger listed_organisation_on_insert after insert on organisation for each row
    insert into listed_organisation (id, name) values (new.id, new.name);

create trigger listed_organisation_on_update after update on organisation for each row
    update listed_organisation set name = new.name where id = new.id and not (old.name <=> new.name);

create trigger listed_organisation_on_delete after delete on organisation for each row
    delete from listed_organisation where id = old.id;

create trigger listed_offer_on_place_request_insert after insert on place_request for each row
    insert into listed_offer (id, title) select o.id, o.title from offer o where o.id = new.offer_id
    on duplicate key update title = o.title;

create trigger listed_offer_on_offer_update after update on offer for each row
    update listed_offer set title = new.title where id = new.id and not (old.title <=> new.title);

create trigger listed_offer_on_offer_delete after delete on offer for each row
    delete from listed_offer where id = old.id;

create trigger listed_offer_type_on_insert after insert on offer_type for each row
    insert into listed_offer_type (id, name) values (new.id, new.name);

create trigger listed_offer_type_on_update after update on offer_type for each row
    update listed_offer_type set name = new.name where id = new.id and not (old.name <=> new.name);
