-- Employers and pledges: registration, organisation profile, contacts, CRM activities, areas,
-- the commitment catalogue, pledges with their history, certificates and e-mail attachments.

create table area (
    id      bigint       not null auto_increment primary key,
    version bigint       not null,
    name    varchar(100) not null,
    active  boolean      not null,
    constraint area_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table area_aud (
    id      bigint not null,
    rev     bigint not null,
    revtype tinyint,
    version bigint,
    name    varchar(100),
    active  boolean,
    primary key (id, rev),
    constraint area_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

alter table organisation
    add column organisation_type      varchar(20),
    add column size_band              varchar(20),
    add column postcode               varchar(8),
    add column website                varchar(200),
    add column companies_house_number varchar(8),
    add column email_domain           varchar(100),
    add column contact_consent        boolean not null default false,
    add column wall_consent           boolean not null default false,
    add column owner_user_id          bigint,
    add column possible_duplicate_of  bigint,
    add column merged_into            bigint,
    add column created_at             datetime(6) not null default current_timestamp(6),
    add index organisation_status_name (status, name),
    add index organisation_sector_name (sector, name),
    add index organisation_area_name (area, name),
    add index organisation_owner_name (owner_user_id, name),
    add index organisation_companies_house (companies_house_number),
    add index organisation_email_domain (email_domain),
    add constraint organisation_owner foreign key (owner_user_id) references user_account (id);

alter table organisation_aud
    add column organisation_type      varchar(20),
    add column size_band              varchar(20),
    add column postcode               varchar(8),
    add column website                varchar(200),
    add column companies_house_number varchar(8),
    add column email_domain           varchar(100),
    add column contact_consent        boolean,
    add column wall_consent           boolean,
    add column owner_user_id          bigint,
    add column possible_duplicate_of  bigint,
    add column merged_into            bigint,
    add column created_at             datetime(6);

create table contact (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    organisation_id bigint       not null,
    name            varchar(100) not null,
    job_title       varchar(100),
    email           varchar(254) not null,
    phone           varchar(30),
    constraint contact_organisation foreign key (organisation_id) references organisation (id),
    index contact_organisation_email (organisation_id, email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contact_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    version         bigint,
    organisation_id bigint,
    name            varchar(100),
    job_title       varchar(100),
    email           varchar(254),
    phone           varchar(30),
    primary key (id, rev),
    constraint contact_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table activity (
    id               bigint      not null auto_increment primary key,
    version          bigint      not null,
    organisation_id  bigint      not null,
    activity_type    varchar(20) not null,
    occurred_on      date        not null,
    owner_user_id    bigint      not null,
    notes            text,
    next_action      varchar(200),
    next_action_on   date,
    next_action_done boolean     not null,
    reminder_sent    boolean     not null,
    constraint activity_organisation foreign key (organisation_id) references organisation (id),
    constraint activity_owner foreign key (owner_user_id) references user_account (id),
    index activity_organisation_date (organisation_id, occurred_on),
    index activity_next_action (owner_user_id, next_action_done, next_action_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table activity_aud (
    id               bigint not null,
    rev              bigint not null,
    revtype          tinyint,
    version          bigint,
    organisation_id  bigint,
    activity_type    varchar(20),
    occurred_on      date,
    owner_user_id    bigint,
    notes            text,
    next_action      varchar(200),
    next_action_on   date,
    next_action_done boolean,
    reminder_sent    boolean,
    primary key (id, rev),
    constraint activity_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A registration waits here until its e-mail address is verified; only then does an organisation exist.
create table employer_registration (
    id                     bigint       not null auto_increment primary key,
    version                bigint       not null,
    reference              varchar(20)  not null,
    token_hash             varchar(64)  not null,
    expires_at             datetime(6)  not null,
    verified_at            datetime(6),
    organisation_id        bigint,
    organisation_name      varchar(200) not null,
    organisation_type      varchar(20)  not null,
    sector                 varchar(100) not null,
    size_band              varchar(20)  not null,
    postcode               varchar(8)   not null,
    area                   varchar(100) not null,
    website                varchar(200),
    companies_house_number varchar(8),
    person_name            varchar(100) not null,
    job_title              varchar(100) not null,
    email                  varchar(254) not null,
    phone                  varchar(30)  not null,
    password_hash          varchar(100) not null,
    contact_consent        boolean      not null,
    wall_consent           boolean      not null,
    created_at             datetime(6)  not null,
    constraint employer_registration_reference unique (reference),
    constraint employer_registration_token unique (token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table employer_registration_aud (
    id                     bigint not null,
    rev                    bigint not null,
    revtype                tinyint,
    version                bigint,
    reference              varchar(20),
    expires_at             datetime(6),
    verified_at            datetime(6),
    organisation_id        bigint,
    organisation_name      varchar(200),
    organisation_type      varchar(20),
    sector                 varchar(100),
    size_band              varchar(20),
    postcode               varchar(8),
    area                   varchar(100),
    website                varchar(200),
    companies_house_number varchar(8),
    person_name            varchar(100),
    job_title              varchar(100),
    email                  varchar(254),
    phone                  varchar(30),
    contact_consent        boolean,
    wall_consent           boolean,
    created_at             datetime(6),
    primary key (id, rev),
    constraint employer_registration_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table commitment (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    title       varchar(200) not null,
    description varchar(500),
    quantity_unit varchar(50),
    sort_order  int          not null,
    active      boolean      not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table commitment_aud (
    id          bigint not null,
    rev         bigint not null,
    revtype     tinyint,
    version     bigint,
    title       varchar(200),
    description varchar(500),
    quantity_unit varchar(50),
    sort_order  int,
    active      boolean,
    primary key (id, rev),
    constraint commitment_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pledge (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null,
    organisation_id bigint      not null,
    status          varchar(20) not null,
    start_date      date,
    submitted_at    datetime(6),
    approved_on     date,
    renewal_due_on  date,
    return_reason   varchar(1000),
    reminder_30_sent boolean    not null,
    reminder_7_sent  boolean    not null,
    created_at      datetime(6) not null,
    constraint pledge_organisation foreign key (organisation_id) references organisation (id),
    index pledge_status_submitted (status, submitted_at),
    index pledge_organisation_status (organisation_id, status),
    index pledge_renewal (status, renewal_due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pledge_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    version         bigint,
    organisation_id bigint,
    status          varchar(20),
    start_date      date,
    submitted_at    datetime(6),
    approved_on     date,
    renewal_due_on  date,
    return_reason   varchar(1000),
    reminder_30_sent boolean,
    reminder_7_sent  boolean,
    created_at      datetime(6),
    primary key (id, rev),
    constraint pledge_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pledge_commitment (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    pledge_id       bigint       not null,
    commitment_id   bigint       not null,
    yearly_quantity int,
    note            varchar(500),
    constraint pledge_commitment_pledge foreign key (pledge_id) references pledge (id) on delete cascade,
    constraint pledge_commitment_commitment foreign key (commitment_id) references commitment (id),
    constraint pledge_commitment_once unique (pledge_id, commitment_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table pledge_commitment_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    version         bigint,
    pledge_id       bigint,
    commitment_id   bigint,
    yearly_quantity int,
    note            varchar(500),
    primary key (id, rev),
    constraint pledge_commitment_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Every transition of a pledge, for the history shown on the pledge. Append-only.
create table pledge_transition (
    id          bigint       not null auto_increment primary key,
    pledge_id   bigint       not null,
    from_status varchar(20),
    to_status   varchar(20)  not null,
    happened_at datetime(6)  not null,
    actor       varchar(254) not null,
    note        varchar(1000),
    constraint pledge_transition_pledge foreign key (pledge_id) references pledge (id) on delete cascade,
    index pledge_transition_pledge (pledge_id, happened_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table certificate (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null,
    pledge_id       bigint      not null,
    organisation_id bigint      not null,
    code            varchar(20) not null,
    issued_on       date        not null,
    valid_until     date        not null,
    revoked_at      datetime(6),
    constraint certificate_code unique (code),
    index certificate_pledge (pledge_id, issued_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table certificate_aud (
    id              bigint not null,
    rev             bigint not null,
    revtype         tinyint,
    version         bigint,
    pledge_id       bigint,
    organisation_id bigint,
    code            varchar(20),
    issued_on       date,
    valid_until     date,
    revoked_at      datetime(6),
    primary key (id, rev),
    constraint certificate_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table outbound_email_attachment (
    id                bigint       not null auto_increment primary key,
    outbound_email_id bigint       not null,
    filename          varchar(200) not null,
    content_type      varchar(100) not null,
    content           longblob     not null,
    constraint outbound_email_attachment_email foreign key (outbound_email_id) references outbound_email (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into area (version, name, active) values
    (0, 'Central', true), (0, 'North', true), (0, 'East', true), (0, 'West', true), (0, 'Seafront', true);

-- The partner commitment (seed 000) plus guaranteed interviews and mentoring
insert into commitment (version, title, description, quantity_unit, sort_order, active) values
    (0, 'Promote suitable roles', 'Proactively identify and promote roles in your organisation that are suitable for care leavers', 'roles', 10, true),
    (0, 'Flexible funding', 'Offer flexible support such as funding for travel, training or equipment to help care leavers access work or education', 'young people funded', 20, true),
    (0, 'Apprenticeships, work experience and placements', 'Provide structured opportunities including apprenticeships, work experience and employment placements', 'opportunities', 30, true),
    (0, 'Engagement events', 'Take part in engagement events to pledge your support and share good practice with other employers', 'events', 40, true),
    (0, 'Ringfenced apprenticeships', 'Create apprenticeships specifically ringfenced for care-experienced young people', 'apprenticeships', 50, true),
    (0, 'Work trials', 'Explore alternative recruitment methods, such as work trials, to make opportunities more accessible', 'work trials', 60, true),
    (0, 'Paid and unpaid work experience', 'Offer both paid and unpaid work experience placements to build skills and confidence', 'placements', 70, true),
    (0, 'Shared targets', 'Align with the shared expectations and targets to ensure consistent and meaningful support', null, 80, true),
    (0, 'Bursary-style social value contributions', 'Contribute to bursary-style schemes through social value commitments to help care leavers into employment', 'bursaries', 90, true),
    (0, 'Guaranteed interviews', 'Guarantee an interview to care leavers who meet the essential criteria for a role', 'interviews', 100, true),
    (0, 'Mentoring', 'Offer mentoring from someone in your organisation', 'mentees', 110, true);

-- "Set your password" links for invited colleagues. Only the token's SHA-256 is kept.
create table password_setup_token (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null,
    user_account_id bigint      not null,
    token_hash      varchar(64) not null,
    expires_at      datetime(6) not null,
    used_at         datetime(6),
    constraint password_setup_token_hash unique (token_hash),
    constraint password_setup_token_account foreign key (user_account_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
