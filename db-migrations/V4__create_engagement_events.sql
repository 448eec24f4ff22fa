-- Engagement events and their sign-ups. Capacity is enforced under a row lock on the event:
-- confirmed_count never passes capacity (unless the team promotes someone by hand, marked over_capacity).

create table engagement_event (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    title            varchar(150)  not null,
    event_type       varchar(30)   not null,
    description      text,
    starts_at        datetime(6)   not null,
    ends_at          datetime(6)   not null,
    venue            varchar(200),
    address          varchar(300),
    online_link      varchar(500),
    capacity         int           not null,
    signup_opens_at  datetime(6)   not null,
    signup_closes_at datetime(6)   not null,
    audience         varchar(20)   not null,
    ask_dietary      boolean       not null,
    ask_access       boolean       not null,
    extra_question   varchar(300),
    status           varchar(20)   not null,
    confirmed_count  int           not null,
    waitlist_sequence int          not null,
    created_at       datetime(6)   not null,
    index engagement_event_upcoming (status, starts_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table engagement_event_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    title varchar(150), event_type varchar(30), description text, starts_at datetime(6), ends_at datetime(6),
    venue varchar(200), address varchar(300), online_link varchar(500), capacity int, signup_opens_at datetime(6),
    signup_closes_at datetime(6), audience varchar(20), ask_dietary boolean, ask_access boolean, extra_question varchar(300),
    status varchar(20), confirmed_count int, waitlist_sequence int, created_at datetime(6),
    primary key (id, rev),
    constraint engagement_event_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table event_signup (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null,
    event_id          bigint       not null,
    name              varchar(100) not null,
    organisation_name varchar(200),
    organisation_id   bigint,
    email             varchar(254) not null,
    dietary_needs     varchar(300),
    access_needs      varchar(300),
    extra_answer      varchar(500),
    status            varchar(20)  not null,
    waitlist_sequence int,
    over_capacity     boolean      not null,
    token_hash        varchar(64)  not null,
    attended          boolean      not null,
    walk_in           boolean      not null,
    reminder_days_sent  boolean    not null,
    reminder_hours_sent boolean    not null,
    created_at        datetime(6)  not null,
    constraint event_signup_once unique (event_id, email),
    constraint event_signup_token unique (token_hash),
    constraint event_signup_event foreign key (event_id) references engagement_event (id),
    index event_signup_status (event_id, status, waitlist_sequence),
    index event_signup_name (event_id, name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table event_signup_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    event_id bigint, name varchar(100), organisation_name varchar(200), organisation_id bigint, email varchar(254),
    dietary_needs varchar(300), access_needs varchar(300), extra_answer varchar(500), status varchar(20),
    waitlist_sequence int, over_capacity boolean, attended boolean, walk_in boolean, reminder_days_sent boolean,
    reminder_hours_sent boolean, created_at datetime(6),
    primary key (id, rev),
    constraint event_signup_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
