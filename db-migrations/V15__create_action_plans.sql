-- Strategy: the council's action plans (recommendations, agreed actions, success measures with live figures and
-- dated milestone targets) and their graded progress rounds. Published rounds keep their text, figures and grades.

create table action_plan (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null,
    title         varchar(200) not null,
    committee     varchar(200),
    link_officers varchar(300) not null,
    agreed_on     date         not null,
    created_at    datetime(6)  not null,
    index action_plan_agreed (agreed_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table action_plan_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    title varchar(200), committee varchar(200), link_officers varchar(300), agreed_on date, created_at datetime(6),
    primary key (id, rev),
    constraint action_plan_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table recommendation (
    id             bigint        not null auto_increment primary key,
    version        bigint        not null,
    plan_id        bigint        not null,
    number         int           not null,
    text           varchar(2000) not null,
    actions        text          not null,
    responsibility varchar(300)  not null,
    date_text      varchar(500),
    due_on         date,
    constraint recommendation_plan foreign key (plan_id) references action_plan (id),
    constraint recommendation_number unique (plan_id, number)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table recommendation_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    plan_id bigint, number int, text varchar(2000), actions text, responsibility varchar(300), date_text varchar(500),
    due_on date,
    primary key (id, rev),
    constraint recommendation_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table success_measure (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null,
    recommendation_id bigint        not null,
    position          int           not null,
    description       varchar(2000) not null,
    figure_key        varchar(60),
    filter_area       varchar(100),
    filter_sector     varchar(100),
    filter_type       varchar(150),
    organisation_kind varchar(20)   not null,
    counts_from       date,
    baseline          decimal(12,2),
    min_areas         int,
    constraint success_measure_recommendation foreign key (recommendation_id) references recommendation (id),
    index success_measure_position (recommendation_id, position)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table success_measure_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    recommendation_id bigint, position int, description varchar(2000), figure_key varchar(60), filter_area varchar(100),
    filter_sector varchar(100), filter_type varchar(150), organisation_kind varchar(20), counts_from date,
    baseline decimal(12,2), min_areas int,
    primary key (id, rev),
    constraint success_measure_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table milestone (
    id         bigint        not null auto_increment primary key,
    version    bigint        not null,
    measure_id bigint        not null,
    due_on     date          not null,
    target     decimal(12,2) not null,
    constraint milestone_measure foreign key (measure_id) references success_measure (id) on delete cascade,
    index milestone_due (measure_id, due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table milestone_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    measure_id bigint, due_on date, target decimal(12,2),
    primary key (id, rev),
    constraint milestone_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table progress_round (
    id           bigint       not null auto_increment primary key,
    version      bigint       not null,
    plan_id      bigint       not null,
    label        varchar(50)  not null,
    as_of        date         not null,
    status       varchar(20)  not null,
    published_at datetime(6),
    published_by varchar(254),
    constraint progress_round_plan foreign key (plan_id) references action_plan (id),
    index progress_round_plan_date (plan_id, as_of)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table progress_round_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    plan_id bigint, label varchar(50), as_of date, status varchar(20), published_at datetime(6), published_by varchar(254),
    primary key (id, rev),
    constraint progress_round_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table progress_entry (
    id                   bigint      not null auto_increment primary key,
    version              bigint      not null,
    round_id             bigint      not null,
    recommendation_id    bigint      not null,
    figures              text,
    evidence_of_progress text,
    suggested_grade      int,
    grade                int,
    explanation          text,
    evidence_of_impact   text,
    constraint progress_entry_round foreign key (round_id) references progress_round (id),
    constraint progress_entry_recommendation foreign key (recommendation_id) references recommendation (id),
    constraint progress_entry_once unique (round_id, recommendation_id),
    index progress_entry_recommendation (recommendation_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table progress_entry_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    round_id bigint, recommendation_id bigint, figures text, evidence_of_progress text, suggested_grade int, grade int,
    explanation text, evidence_of_impact text,
    primary key (id, rev),
    constraint progress_entry_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
