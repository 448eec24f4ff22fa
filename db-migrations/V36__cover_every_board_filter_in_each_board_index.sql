-- Filters combined on the board (say sector and area) read one filter's index in board order and check the others on each
-- entry: each filter's index now holds every other filter column, so those checks need no row lookups. (The index in
-- board order alone stays narrow: only the date filter uses it, and it holds the date.)
alter table board_entry
    drop index board_entry_type,
    drop index board_entry_sector,
    drop index board_entry_area,
    drop index board_entry_mode,
    add index board_entry_type (offer_type_id, board_sort, offer_id, board_until, sector, area, mode),
    add index board_entry_sector (sector, board_sort, offer_id, board_until, offer_type_id, area, mode),
    add index board_entry_area (area, board_sort, offer_id, board_until, offer_type_id, sector, mode),
    add index board_entry_mode (mode, board_sort, offer_id, board_until, offer_type_id, sector, area);
