-- Safeguarding: an organisation's offers reach advisers only once it is vetted, by a pledge in force (approved or
-- renewed) or by the engagement team (who and when; they can withdraw it).
alter table organisation
    add column pledge_in_force boolean      not null default false,
    add column vetted_at       datetime(6),
    add column vetted_by       varchar(254);

update organisation o set o.pledge_in_force = true
where exists (select 1 from pledge p where p.organisation_id = o.id and p.status in ('APPROVED', 'RENEWED'));

alter table organisation_aud
    add column pledge_in_force boolean,
    add column vetted_at       datetime(6),
    add column vetted_by       varchar(254);
