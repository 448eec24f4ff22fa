-- How long each kind of personal data is kept (issue 14). ADMIN changes the periods at /admin/retention; a daily job
-- removes or anonymises what has passed its period. The defaults below are the ones the README documents.
create table retention_period (
    id          bigint      not null auto_increment primary key,
    version     bigint      not null,
    kind        varchar(40) not null,
    amount      int         not null,
    unit        varchar(10) not null,
    constraint retention_period_kind unique (kind)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table retention_period_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    kind varchar(40), amount int, unit varchar(10),
    primary key (id, rev),
    constraint retention_period_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into retention_period (version, kind, amount, unit) values
    (0, 'UNCONFIRMED_REGISTRATIONS', 30, 'DAYS'),
    (0, 'EVENT_ATTENDEES', 12, 'MONTHS'),
    (0, 'SENT_EMAILS', 30, 'DAYS'),
    (0, 'DISABLED_ACCOUNTS', 2, 'YEARS'),
    (0, 'CRM_ACTIVITIES', 6, 'YEARS'),
    (0, 'EVIDENCE_FILES', 6, 'YEARS');

-- When an account was disabled: its retention period counts from then. Accounts disabled before this migration
-- count from the day it ran (the safe side: they are kept the full period).
alter table user_account add column disabled_at datetime(6);
alter table user_account_aud add column disabled_at datetime(6);
update user_account set disabled_at = current_timestamp(6) where enabled = false;

-- Set when the retention job anonymised the row, so it is done once (the rows stay: counts are kept).
alter table user_account add column anonymised_at datetime(6);
alter table event_signup add column anonymised_at datetime(6);
