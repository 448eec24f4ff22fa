-- The update triggers that still wrote their rows with INSERT ... SELECT (V31, V32, V37), rewritten as V48 did the insert
-- ones: the condition is tested in an IF, and a single row is written by INSERT ... VALUES. On MariaDB 11.4 an
-- INSERT ... SELECT inside a row trigger costs about a millisecond a row even when it selects nothing, so every offer,
-- pledge and organisation saved paid it, and a bulk update (moving a large organisation's offers in a merge) paid it
-- per row. The conditions are the old WHERE clauses, unchanged; each trigger keeps its place after the one that takes
-- the old row away.

drop trigger offer_month_on_update_add_new;

create trigger offer_month_on_update_add_new after update on offer for each row follows offer_month_on_update_take_old
begin
    if not (date_format(old.created_at, '%Y-%m-01') <=> date_format(new.created_at, '%Y-%m-01') and old.status <=> new.status
            and old.area <=> new.area and old.sector <=> new.sector and old.offer_type_id <=> new.offer_type_id) then
        insert into offer_month (month, status, area, sector, offer_type_id, offers)
        values (date_format(new.created_at, '%Y-%m-01'), new.status, coalesce(new.area, ''), coalesce(new.sector, ''),
                new.offer_type_id, 1)
        on duplicate key update offers = offers + 1;
    end if;
end;

drop trigger board_entry_on_offer_update_add_new;

create trigger board_entry_on_offer_update_add_new after update on offer for each row follows board_entry_on_offer_update_take_old
begin
    if new.status = 'OPEN' and exists (select 1 from organisation org where org.id = new.organisation_id
            and (org.pledge_in_force or org.vetted_at is not null) and org.merged_into is null and org.possible_duplicate_of is null) then
        insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
        values (new.id, new.organisation_id, coalesce(new.starts_on, '9999-12-31'),
                if(new.timing = 'ON_DATE', coalesce(new.starts_on, '0001-01-01'), '9999-12-31'), new.offer_type_id, new.sector,
                new.area, new.mode);
    end if;
end;

-- an organisation newly listed brings all its open offers: a set, so INSERT ... SELECT, but only once it is listed
drop trigger board_entry_on_organisation_listed;

create trigger board_entry_on_organisation_listed after update on organisation for each row
begin
    if ((new.pledge_in_force or new.vetted_at is not null) and new.merged_into is null and new.possible_duplicate_of is null)
            and not ((old.pledge_in_force or old.vetted_at is not null) and old.merged_into is null and old.possible_duplicate_of is null) then
        insert into board_entry (offer_id, organisation_id, board_sort, board_until, offer_type_id, sector, area, mode)
        select o.id, o.organisation_id, coalesce(o.starts_on, '9999-12-31'),
               if(o.timing = 'ON_DATE', coalesce(o.starts_on, '0001-01-01'), '9999-12-31'), o.offer_type_id, o.sector, o.area,
               o.mode
        from offer o
        where o.organisation_id = new.id and o.status = 'OPEN';
    end if;
end;

drop trigger wall_entry_on_pledge_update_add_new;

create trigger wall_entry_on_pledge_update_add_new after update on pledge for each row follows wall_entry_on_pledge_update_take_old
begin
    if new.status in ('APPROVED', 'RENEWED') and exists (select 1 from organisation o where o.id = new.organisation_id
            and o.wall_consent and o.merged_into is null) then
        insert into wall_entry (pledge_id, organisation_id, name, sector, area)
        values (new.id, new.organisation_id, (select o.name from organisation o where o.id = new.organisation_id),
                (select o.sector from organisation o where o.id = new.organisation_id),
                (select o.area from organisation o where o.id = new.organisation_id));
    end if;
end;

-- an organisation's change to what the wall shows brings its pledges in force back: a set, but only on such a change
drop trigger wall_entry_on_organisation_update_add_new;

create trigger wall_entry_on_organisation_update_add_new after update on organisation for each row
    follows wall_entry_on_organisation_update_take_old
begin
    if new.wall_consent and new.merged_into is null
            and not (old.name <=> new.name and old.sector <=> new.sector and old.area <=> new.area
                and old.wall_consent <=> new.wall_consent and old.merged_into <=> new.merged_into) then
        insert into wall_entry (pledge_id, organisation_id, name, sector, area)
        select p.id, new.id, new.name, new.sector, new.area from pledge p
        where p.organisation_id = new.id and p.status in ('APPROVED', 'RENEWED');
    end if;
end;
