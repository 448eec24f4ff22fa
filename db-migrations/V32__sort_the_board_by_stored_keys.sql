-- The opportunities board reads an index in its own order instead of sorting every open offer.
-- board_sort: the start date, undated offers last (9999-12-31); board_until: the latest "on or after" date the board's
-- date filter still shows the offer for (its date if on a date, else 9999-12-31: recurring and on-request offers always
-- show). Both are computed by MariaDB from the offer's own columns.
-- on_board: the offer is open and its organisation is vetted (a pledge in force or checked by the engagement team) and
-- neither merged nor a possible duplicate; kept by triggers on both tables, in the transaction of every change.
-- Each board filter has an index that starts with on_board and holds board_until, so a page, with or without a date,
-- is read from the index in board order.

alter table offer
    add column board_sort date as (coalesce(starts_on, '9999-12-31')) virtual,
    add column board_until date as (if(timing = 'ON_DATE', starts_on, '9999-12-31')) virtual,
    add column on_board boolean not null default false;

create trigger offer_on_board_on_insert before insert on offer for each row
    set new.on_board = new.status = 'OPEN' and exists (
        select 1 from organisation org where org.id = new.organisation_id and (org.pledge_in_force or org.vetted_at is not null)
          and org.merged_into is null and org.possible_duplicate_of is null);

create trigger offer_on_board_on_update before update on offer for each row
    set new.on_board = new.status = 'OPEN' and exists (
        select 1 from organisation org where org.id = new.organisation_id and (org.pledge_in_force or org.vetted_at is not null)
          and org.merged_into is null and org.possible_duplicate_of is null);

create trigger organisation_lists_offers after update on organisation for each row
    update offer set on_board = status = 'OPEN' and (new.pledge_in_force or new.vetted_at is not null)
        and new.merged_into is null and new.possible_duplicate_of is null
    where organisation_id = new.id
      and ((old.pledge_in_force or old.vetted_at is not null) and old.merged_into is null and old.possible_duplicate_of is null)
       <> ((new.pledge_in_force or new.vetted_at is not null) and new.merged_into is null and new.possible_duplicate_of is null);

update offer o join organisation org on org.id = o.organisation_id
set o.on_board = true
where o.status = 'OPEN' and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null
  and org.possible_duplicate_of is null;

alter table offer
    add index offer_on_board (on_board, board_sort, id, board_until),
    add index offer_on_board_type (on_board, offer_type_id, board_sort, id, board_until),
    add index offer_on_board_sector (on_board, sector, board_sort, id, board_until),
    add index offer_on_board_area (on_board, area, board_sort, id, board_until),
    add index offer_on_board_mode (on_board, mode, board_sort, id, board_until),
    drop index offer_board_date,
    drop index offer_board_type,
    drop index offer_board_sector,
    drop index offer_board_area,
    drop index offer_board_mode;
