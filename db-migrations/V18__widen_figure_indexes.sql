-- Figures over a million offers: the offer date index also covers status, organisation and type, so offer counts
-- read the index alone; "employers engaged" probes each organisation's offers and pledges in the period.

alter table offer drop index offer_created;
alter table offer add index offer_created (created_at, status, area, sector, organisation_id, offer_type_id);
alter table offer add index offer_organisation_created (organisation_id, created_at);
alter table pledge add index pledge_organisation_approved (organisation_id, approved_on);
