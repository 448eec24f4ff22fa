-- The public pledge wall as a table of its own, kept by triggers in the transaction of every change: one row per pledge in
-- force (approved or renewed) of an organisation that agreed to appear and is not merged, holding the wall's order (the
-- organisation's name) and filters. A page is a range of one of its indexes, however deep, instead of joining and
-- sorting every pledge. AFTER triggers only (see V32).

create table wall_entry (
    pledge_id       bigint       not null primary key,
    organisation_id bigint       not null,
    name            varchar(200) not null,
    sector          varchar(100),
    area            varchar(100),
    constraint wall_entry_pledge foreign key (pledge_id) references pledge (id) on delete cascade,
    index wall_entry_order (name, pledge_id, sector, area),
    index wall_entry_sector (sector, name, pledge_id, area),
    index wall_entry_area (area, name, pledge_id, sector),
    index wall_entry_organisation (organisation_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into wall_entry (pledge_id, organisation_id, name, sector, area)
select p.id, o.id, o.name, o.sector, o.area
from pledge p join organisation o on o.id = p.organisation_id
where p.status in ('APPROVED', 'RENEWED') and o.wall_consent and o.merged_into is null;

create trigger wall_entry_on_pledge_insert after insert on pledge for each row
    insert into wall_entry (pledge_id, organisation_id, name, sector, area)
    select new.id, o.id, o.name, o.sector, o.area from organisation o
    where o.id = new.organisation_id and new.status in ('APPROVED', 'RENEWED') and o.wall_consent and o.merged_into is null;

create trigger wall_entry_on_pledge_update_take_old after update on pledge for each row
    delete from wall_entry where pledge_id = old.id;

create trigger wall_entry_on_pledge_update_add_new after update on pledge for each row follows wall_entry_on_pledge_update_take_old
    insert into wall_entry (pledge_id, organisation_id, name, sector, area)
    select new.id, o.id, o.name, o.sector, o.area from organisation o
    where o.id = new.organisation_id and new.status in ('APPROVED', 'RENEWED') and o.wall_consent and o.merged_into is null;

-- Only a change to what the wall shows or who may appear on it touches the wall.
create trigger wall_entry_on_organisation_update_take_old after update on organisation for each row
    delete from wall_entry
    where organisation_id = old.id and not (old.name <=> new.name and old.sector <=> new.sector and old.area <=> new.area
        and old.wall_consent <=> new.wall_consent and old.merged_into <=> new.merged_into);

create trigger wall_entry_on_organisation_update_add_new after update on organisation for each row
    follows wall_entry_on_organisation_update_take_old
    insert into wall_entry (pledge_id, organisation_id, name, sector, area)
    select p.id, new.id, new.name, new.sector, new.area from pledge p
    where p.organisation_id = new.id and p.status in ('APPROVED', 'RENEWED') and new.wall_consent and new.merged_into is null
        and not (old.name <=> new.name and old.sector <=> new.sector and old.area <=> new.area
            and old.wall_consent <=> new.wall_consent and old.merged_into <=> new.merged_into);
