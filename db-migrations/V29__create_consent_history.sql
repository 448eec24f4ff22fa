-- Every change of an organisation's contact and pledge-wall consent: who, when, how and the wording shown at the time
-- (issue 14). Written in the transaction of the change; the organisation's own columns hold the latest answer.
create table consent_change (
    id              bigint       not null auto_increment primary key,
    organisation_id bigint       not null,
    consent         varchar(20)  not null,
    given           boolean      not null,
    changed_at      datetime(6)  not null,
    changed_by      varchar(254) not null,
    method          varchar(20)  not null,
    wording         varchar(500) not null,
    constraint consent_change_organisation foreign key (organisation_id) references organisation (id),
    index consent_change_by_organisation (organisation_id, changed_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
