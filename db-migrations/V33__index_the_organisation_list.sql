-- The organisation list reads a page's ids from one of these indexes alone, at any depth: each holds a filter or sort
-- column, then the name (the list's order and its tie-breaker) and merged_into (merged organisations are never listed).
alter table organisation
    add index organisation_list_name (name, merged_into),
    add index organisation_list_status (status, name, merged_into),
    add index organisation_list_sector (sector, name, merged_into),
    add index organisation_list_area (area, name, merged_into),
    add index organisation_list_owner (owner_user_id, name, merged_into),
    drop index organisation_name,
    drop index organisation_status_name,
    drop index organisation_sector_name,
    drop index organisation_area_name,
    drop index organisation_owner_name;
