-- The organisation list reads a page's ids from one of these indexes alone, at any depth and with any filter and sort:
-- each starts with a filter or sort column and the name (the list's order and its tie-breaker), and holds every other
-- column the list filters on, merged_into included (merged organisations are never listed).
alter table organisation
    add index organisation_list_name (name, merged_into, id, status, sector, area, owner_user_id, possible_duplicate_of),
    add index organisation_list_status (status, name, merged_into, id, sector, area, owner_user_id, possible_duplicate_of),
    add index organisation_list_sector (sector, name, merged_into, id, status, area, owner_user_id, possible_duplicate_of),
    add index organisation_list_area (area, name, merged_into, id, status, sector, owner_user_id, possible_duplicate_of),
    add index organisation_list_owner (owner_user_id, name, merged_into, id, status, sector, area, possible_duplicate_of),
    drop index organisation_name,
    drop index organisation_status_name,
    drop index organisation_sector_name,
    drop index organisation_area_name,
    drop index organisation_owner_name;
