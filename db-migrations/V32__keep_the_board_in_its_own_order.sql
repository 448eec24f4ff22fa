-- The opportunities board as a table of its own, kept by triggers in the transaction of every change: one row per offer
-- that advisers can see (open, of an organisation vetted - a pledge in force or checked by the engagement team - that is
-- neither merged nor a possible duplicate), holding the board's sort key and filters. A page is a range of one of its
-- indexes in board order, however deep, instead of sorting every open offer.
-- board_sort: the start date, undated offers last (9999-12-31). board_until: the latest "on or after" date the date filter
-- still shows the offer for (its date if it is on a date, else 9999-12-31: recurring and on-request offers always show).
-- AFTER triggers only: with any BEFORE trigger on a table, MariaDB 11.4.5 (the embedded one) refuses INSERT ... SELECT
-- into it in strict mode ("Column 'version' cannot be null").

create table board_entry (
    offer_id        bigint       not null primary key,
    organisation_id bigint       not null,
    board_sort      date         not null,
    board_until     date         not null,
    offer_type_id   bigint       not null,
    sector          varchar(100),
    area            varchar(100),
    mode            varchar(20)  not null,
    constraint board_entry_offer foreign key (offer_id) references offer (id) on delete cascade,
    index board_entry_order (board_sort, offer_id, board_until),
    index board_entry_type (offer_type_id, board_sort, offer_id, board_until),
    index board_entry_sector (sector, board_sort, offer_id, board_until),
    index board_entry_area (area, board_sort, offer_id, board_until),
    index board_entry_mode (mode, board_sort, offer_id, board_until),
    index board_entry_organisation (organisation_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
select o.id, o.organisation_id, coalesce(o.starts_on, '9999-12-31'),
           if(o.timing = 'ON_DATE', coalesce(o.starts_on, '0001-01-01'), '9999-12-31'), o.offer_type_id, o.sector, o.area,
           o.mode
from offer o join organisation org on org.id = o.organisation_id
where o.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null and org.possible_duplicate_of is null;

create trigger board_entry_on_offer_insert after insert on offer for each row
    insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
    select new.id, new.organisation_id, coalesce(new.starts_on, '9999-12-31'),
           if(new.timing = 'ON_DATE', coalesce(new.starts_on, '0001-01-01'), '9999-12-31'), new.offer_type_id, new.sector, new.area,
           new.mode
    from organisation org
    where org.id = new.organisation_id and new.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null and org.possible_duplicate_of is null;

create trigger board_entry_on_offer_update_take_old after update on offer for each row
    delete from board_entry where offer_id = old.id;

create trigger board_entry_on_offer_update_add_new after update on offer for each row follows board_entry_on_offer_update_take_old
    insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
    select new.id, new.organisation_id, coalesce(new.starts_on, '9999-12-31'),
           if(new.timing = 'ON_DATE', coalesce(new.starts_on, '0001-01-01'), '9999-12-31'), new.offer_type_id, new.sector, new.area,
           new.mode
    from organisation org
    where org.id = new.organisation_id and new.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null and org.possible_duplicate_of is null;

create trigger board_entry_on_organisation_unlisted after update on organisation for each row
    delete from board_entry
    where organisation_id = new.id and ((old.pledge_in_force or old.vetted_at is not null) and old.merged_into is null and old.possible_duplicate_of is null) and not ((new.pledge_in_force or new.vetted_at is not null) and new.merged_into is null and new.possible_duplicate_of is null);

create trigger board_entry_on_organisation_listed after update on organisation for each row
    insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
    select o.id, o.organisation_id, coalesce(o.starts_on, '9999-12-31'),
           if(o.timing = 'ON_DATE', coalesce(o.starts_on, '0001-01-01'), '9999-12-31'), o.offer_type_id, o.sector, o.area,
           o.mode
    from offer o
    where o.organisation_id = new.id and o.status = 'OPEN' and ((new.pledge_in_force or new.vetted_at is not null) and new.merged_into is null and new.possible_duplicate_of is null) and not ((old.pledge_in_force or old.vetted_at is not null) and old.merged_into is null and old.possible_duplicate_of is null);

drop index offer_board_date on offer;
drop index offer_board_type on offer;
drop index offer_board_sector on offer;
drop index offer_board_area on offer;
drop index offer_board_mode on offer;
