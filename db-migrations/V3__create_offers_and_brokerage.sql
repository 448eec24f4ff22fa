-- Offers and what was delivered; advisers' place requests; the engagement team's asks; placements and
-- their sustainment checks. Young people appear only as a pseudonymous reference, an age band and an area.

create table offer_type (
    id         bigint       not null auto_increment primary key,
    version    bigint       not null,
    name       varchar(100) not null,
    category   varchar(20)  not null,
    sort_order int          not null,
    active     boolean      not null,
    constraint offer_type_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table offer_type_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    name varchar(100), category varchar(20), sort_order int, active boolean,
    primary key (id, rev),
    constraint offer_type_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table offer (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    organisation_id bigint       not null,
    offer_type_id   bigint       not null,
    title           varchar(150) not null,
    description     text,
    mode            varchar(20)  not null,
    timing          varchar(20)  not null,
    starts_on       date,
    recurrence      varchar(200),
    places          int          not null,
    sector          varchar(100),
    area            varchar(100),
    location        varchar(200),
    eligibility     varchar(500),
    ringfenced      boolean      not null,
    commitment_id   bigint,
    status          varchar(20)  not null,
    created_at      datetime(6)  not null,
    constraint offer_organisation foreign key (organisation_id) references organisation (id),
    constraint offer_offer_type foreign key (offer_type_id) references offer_type (id),
    index offer_board_date (status, starts_on, id),
    index offer_board_type (status, offer_type_id, starts_on, id),
    index offer_board_sector (status, sector, starts_on, id),
    index offer_board_area (status, area, starts_on, id),
    index offer_board_mode (status, mode, starts_on, id),
    index offer_organisation (organisation_id, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table offer_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    organisation_id bigint, offer_type_id bigint, title varchar(150), description text, mode varchar(20),
    timing varchar(20), starts_on date, recurrence varchar(200), places int, sector varchar(100), area varchar(100),
    location varchar(200), eligibility varchar(500), ringfenced boolean, commitment_id bigint, status varchar(20),
    created_at datetime(6),
    primary key (id, rev),
    constraint offer_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table delivery (
    id              bigint      not null auto_increment primary key,
    version         bigint      not null,
    offer_id        bigint      not null,
    organisation_id bigint      not null,
    delivered_on    date        not null,
    young_people    int         not null,
    hours           decimal(7,1) not null,
    constraint delivery_offer foreign key (offer_id) references offer (id),
    index delivery_organisation (organisation_id, delivered_on),
    index delivery_offer (offer_id, delivered_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table delivery_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    offer_id bigint, organisation_id bigint, delivered_on date, young_people int, hours decimal(7,1),
    primary key (id, rev),
    constraint delivery_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table place_request (
    id                 bigint       not null auto_increment primary key,
    version            bigint       not null,
    offer_id           bigint       not null,
    organisation_id    bigint       not null,
    adviser_user_id    bigint       not null,
    young_person_ref   varchar(30)  not null,
    age_band           varchar(10)  not null,
    area               varchar(100) not null,
    hopes              varchar(1000) not null,
    status             varchar(20)  not null,
    employer_note      varchar(500),
    created_at         datetime(6)  not null,
    constraint place_request_offer foreign key (offer_id) references offer (id),
    index place_request_organisation (organisation_id, created_at),
    index place_request_adviser (adviser_user_id, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table place_request_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    offer_id bigint, organisation_id bigint, adviser_user_id bigint, young_person_ref varchar(30), age_band varchar(10),
    area varchar(100), hopes varchar(1000), status varchar(20), employer_note varchar(500), created_at datetime(6),
    primary key (id, rev),
    constraint place_request_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table engagement_ask (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    organisation_id   bigint       not null,
    offer_type_id     bigint       not null,
    proposed_at       datetime(6)  not null,
    details           varchar(1000),
    status            varchar(20)  not null,
    token_hash        varchar(64)  not null,
    link_expires_at   datetime(6)  not null,
    link_used_at      datetime(6),
    sent_at           datetime(6)  not null,
    chased_at         datetime(6),
    created_by_user_id bigint      not null,
    constraint engagement_ask_token unique (token_hash),
    constraint engagement_ask_offer_type foreign key (offer_type_id) references offer_type (id),
    index engagement_ask_organisation (organisation_id, sent_at),
    index engagement_ask_status (status, sent_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table engagement_ask_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    organisation_id bigint, offer_type_id bigint, proposed_at datetime(6), details varchar(1000), status varchar(20),
    link_expires_at datetime(6), link_used_at datetime(6), sent_at datetime(6), chased_at datetime(6),
    created_by_user_id bigint,
    primary key (id, rev),
    constraint engagement_ask_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table placement (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    young_person_ref  varchar(30)  not null,
    organisation_id   bigint       not null,
    offer_id          bigint,
    offer_type_id     bigint       not null,
    place_request_id  bigint,
    start_date        date         not null,
    owner_user_id     bigint       not null,
    outcome           varchar(30),
    outcome_on        date,
    outcome_reason    varchar(500),
    constraint placement_offer_type foreign key (offer_type_id) references offer_type (id),
    index placement_organisation (organisation_id, start_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table placement_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    young_person_ref varchar(30), organisation_id bigint, offer_id bigint, offer_type_id bigint, place_request_id bigint,
    start_date date, owner_user_id bigint, outcome varchar(30), outcome_on date, outcome_reason varchar(500),
    primary key (id, rev),
    constraint placement_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sustainment_check (
    id             bigint      not null auto_increment primary key,
    version        bigint      not null,
    placement_id   bigint      not null,
    weeks          int         not null,
    due_on         date        not null,
    result         varchar(20),
    checked_on     date,
    reminder_sent  boolean     not null,
    constraint sustainment_check_placement foreign key (placement_id) references placement (id),
    constraint sustainment_check_once unique (placement_id, weeks),
    index sustainment_check_due (result, due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table sustainment_check_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    placement_id bigint, weeks int, due_on date, result varchar(20), checked_on date, reminder_sent boolean,
    primary key (id, rev),
    constraint sustainment_check_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into offer_type (version, name, category, sort_order, active) values
    (0, 'CV clinic', 'LIGHT_TOUCH', 10, true),
    (0, 'Mock interview', 'LIGHT_TOUCH', 20, true),
    (0, 'Workplace tour', 'LIGHT_TOUCH', 30, true),
    (0, 'Virtual tour', 'LIGHT_TOUCH', 40, true),
    (0, 'Careers talk', 'LIGHT_TOUCH', 50, true),
    (0, 'Insight call', 'LIGHT_TOUCH', 60, true),
    (0, 'Life skills session', 'LIGHT_TOUCH', 70, true),
    (0, 'Taster day', 'LIGHT_TOUCH', 80, true),
    (0, 'Mentoring', 'STRUCTURED', 110, true),
    (0, 'Paid work experience', 'STRUCTURED', 120, true),
    (0, 'Unpaid work experience', 'STRUCTURED', 130, true),
    (0, 'Work trial', 'STRUCTURED', 140, true),
    (0, 'Internship', 'STRUCTURED', 150, true),
    (0, 'Apprenticeship', 'STRUCTURED', 160, true),
    (0, 'Ringfenced vacancy with guaranteed interview', 'STRUCTURED', 170, true),
    (0, 'Funding for travel, training or equipment', 'STRUCTURED', 180, true),
    (0, 'Bursary', 'STRUCTURED', 190, true);
