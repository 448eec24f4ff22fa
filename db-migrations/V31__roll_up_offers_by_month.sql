-- Offers counted by month, status, area, sector and type, kept exact by triggers in the same transaction as every
-- change to an offer. The figures over offers (offers logged, offers open) read whole months here instead of
-- counting hundreds of thousands of offers; only the days of a part month are counted from the offers themselves.
-- Empty area and sector are stored as '' because a primary key column cannot be null.

create table offer_month (
    month         date         not null,
    status        varchar(20)  not null,
    area          varchar(100) not null,
    sector        varchar(100) not null,
    offer_type_id bigint       not null,
    offers        int          not null,
    primary key (month, status, area, sector, offer_type_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into offer_month (month, status, area, sector, offer_type_id, offers)
select date_format(created_at, '%Y-%m-01'), status, coalesce(area, ''), coalesce(sector, ''), offer_type_id, count(*)
from offer group by 1, 2, 3, 4, 5;

create trigger offer_month_on_insert after insert on offer for each row
    insert into offer_month (month, status, area, sector, offer_type_id, offers)
    values (date_format(new.created_at, '%Y-%m-01'), new.status, coalesce(new.area, ''), coalesce(new.sector, ''), new.offer_type_id, 1)
    on duplicate key update offers = offers + 1;

create trigger offer_month_on_delete after delete on offer for each row
    update offer_month set offers = offers - 1
    where month = date_format(old.created_at, '%Y-%m-01') and status = old.status and area = coalesce(old.area, '')
      and sector = coalesce(old.sector, '') and offer_type_id = old.offer_type_id;

-- an update moves the offer between totals only when something the totals are kept by changed (not on every save)
create trigger offer_month_on_update_take_old after update on offer for each row
    update offer_month set offers = offers - 1
    where month = date_format(old.created_at, '%Y-%m-01') and status = old.status and area = coalesce(old.area, '')
      and sector = coalesce(old.sector, '') and offer_type_id = old.offer_type_id
      and not (date_format(old.created_at, '%Y-%m-01') <=> date_format(new.created_at, '%Y-%m-01') and old.status <=> new.status
               and old.area <=> new.area and old.sector <=> new.sector and old.offer_type_id <=> new.offer_type_id);

create trigger offer_month_on_update_add_new after update on offer for each row follows offer_month_on_update_take_old
    insert into offer_month (month, status, area, sector, offer_type_id, offers)
    select date_format(new.created_at, '%Y-%m-01'), new.status, coalesce(new.area, ''), coalesce(new.sector, ''), new.offer_type_id, 1
    from dual
    where not (date_format(old.created_at, '%Y-%m-01') <=> date_format(new.created_at, '%Y-%m-01') and old.status <=> new.status
               and old.area <=> new.area and old.sector <=> new.sector and old.offer_type_id <=> new.offer_type_id)
    on duplicate key update offers = offers + 1;
