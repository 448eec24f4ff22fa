-- A certificate keeps the name of the organisation it was issued to: a later rename does not change it.
alter table certificate add column organisation_name varchar(200);
update certificate c join organisation o on o.id = c.organisation_id set c.organisation_name = o.name;
alter table certificate modify organisation_name varchar(200) not null;
alter table certificate_aud add column organisation_name varchar(200);
