-- Strategy and insight count records by date (and filter by area, sector and type) in one statement each: index the
-- dates the figures are counted by, so a year's figures over a million offers read an index range, not the table.

alter table offer add index offer_created (created_at, status, area, sector, organisation_id, offer_type_id);
alter table placement add index placement_started (start_date, organisation_id);
alter table delivery add index delivery_delivered (delivered_on, offer_id);
alter table pledge add index pledge_approved (approved_on, organisation_id);
alter table sustainment_check add index sustainment_check_checked (weeks, result, checked_on);
-- "employers engaged" probes each organisation's offers and pledges in the period
alter table offer add index offer_organisation_created (organisation_id, created_at);
alter table pledge add index pledge_organisation_approved (organisation_id, approved_on);
