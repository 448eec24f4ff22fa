-- A person's sustainment checks due (the placements page and the engagement home) start from the placements they own,
-- instead of every open check due in the whole council.
alter table placement add index placement_owner (owner_user_id);
