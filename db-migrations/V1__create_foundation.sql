-- Foundation: user accounts and roles, organisations, the e-mail outbox, the Envers audit trail.

create table organisation (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    name        varchar(200) not null,
    sector      varchar(100),
    area        varchar(100),
    status      varchar(20)  not null,
    index organisation_name (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account (
    id                   bigint       not null auto_increment primary key,
    version              bigint       not null,
    email                varchar(254) not null,
    display_name         varchar(100) not null,
    password_hash        varchar(100) not null,
    password_changed_at  datetime(6)  not null,
    must_change_password boolean      not null,
    enabled              boolean      not null,
    organisation_id      bigint,
    constraint user_account_email unique (email),
    constraint user_account_organisation foreign key (organisation_id) references organisation (id),
    index user_account_display_name (display_name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account_role (
    user_account_id bigint      not null,
    role            varchar(20) not null,
    primary key (user_account_id, role),
    constraint user_account_role_account foreign key (user_account_id) references user_account (id) on delete cascade,
    index user_account_role_role (role)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table outbound_email (
    id              bigint       not null auto_increment primary key,
    version         bigint       not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    status          varchar(20)  not null,
    attempts        int          not null,
    next_attempt_at datetime(6)  not null,
    last_error      varchar(500),
    created_at      datetime(6)  not null,
    sent_at         datetime(6),
    index outbound_email_due (status, next_attempt_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Envers: one row per saved transaction, with who saved and which entity types changed
create table audit_revision (
    id         bigint       not null auto_increment primary key,
    changed_at bigint       not null,
    username   varchar(254) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table audit_revision_entity (
    revision_id bigint       not null,
    entity_name varchar(255) not null,
    primary key (revision_id, entity_name),
    constraint audit_revision_entity_revision foreign key (revision_id) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table organisation_aud (
    id      bigint   not null,
    rev     bigint   not null,
    revtype tinyint,
    version bigint,
    name    varchar(200),
    sector  varchar(100),
    area    varchar(100),
    status  varchar(20),
    primary key (id, rev),
    constraint organisation_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account_aud (
    id                   bigint not null,
    rev                  bigint not null,
    revtype              tinyint,
    version              bigint,
    email                varchar(254),
    display_name         varchar(100),
    password_changed_at  datetime(6),
    must_change_password boolean,
    enabled              boolean,
    organisation_id      bigint,
    primary key (id, rev),
    constraint user_account_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_account_role_aud (
    rev             bigint      not null,
    user_account_id bigint      not null,
    role            varchar(20) not null,
    revtype         tinyint,
    primary key (rev, user_account_id, role),
    constraint user_account_role_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
