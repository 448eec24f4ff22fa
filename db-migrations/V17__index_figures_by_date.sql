-- Strategy and insight count records by date (and filter by area, sector and type) in one statement each: index the
-- dates the figures are counted by, so a year's figures over a million offers read an index range, not the table.

alter table offer add index offer_created (created_at, area, sector);
alter table placement add index placement_started (start_date, organisation_id);
alter table delivery add index delivery_delivered (delivered_on, offer_id);
alter table pledge add index pledge_approved (approved_on, organisation_id);
alter table sustainment_check add index sustainment_check_checked (weeks, result, checked_on);
