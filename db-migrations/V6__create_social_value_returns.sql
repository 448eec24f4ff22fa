-- Suppliers' returns for each reporting period: an actual per KPI, a narrative, evidence files; the officer's
-- review and grade on the councils' scale (1 Fully achieved, 2 On track, 3 Slipped, 4 Not achieved).

create table kpi_return (
    id                 bigint        not null auto_increment primary key,
    version            bigint        not null,
    period_id          bigint        not null,
    contract_id        bigint        not null,
    status             varchar(20)   not null,
    narrative          text,
    query_comment      varchar(1000),
    grade              int,
    grade_explanation  varchar(1000),
    submitted_at       datetime(6),
    due_reminder_sent  boolean       not null,
    overdue_sent       boolean       not null,
    constraint kpi_return_period foreign key (period_id) references reporting_period (id),
    constraint kpi_return_once unique (period_id),
    index kpi_return_contract (contract_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table kpi_return_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    period_id bigint, contract_id bigint, status varchar(20), narrative text, query_comment varchar(1000), grade int,
    grade_explanation varchar(1000), submitted_at datetime(6), due_reminder_sent boolean, overdue_sent boolean,
    primary key (id, rev),
    constraint kpi_return_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table return_line (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null,
    return_id        bigint        not null,
    kpi_id           bigint        not null,
    actual           decimal(12,2),
    recorded         decimal(12,2),
    difference_reason varchar(500),
    constraint return_line_return foreign key (return_id) references kpi_return (id) on delete cascade,
    constraint return_line_kpi foreign key (kpi_id) references contract_kpi (id),
    constraint return_line_once unique (return_id, kpi_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table return_line_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    return_id bigint, kpi_id bigint, actual decimal(12,2), recorded decimal(12,2), difference_reason varchar(500),
    primary key (id, rev),
    constraint return_line_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table evidence_file (
    id           bigint       not null auto_increment primary key,
    return_id    bigint       not null,
    filename     varchar(200) not null,
    content_type varchar(50)  not null,
    size_bytes   int          not null,
    content      longblob     not null,
    uploaded_at  datetime(6)  not null,
    constraint evidence_file_return foreign key (return_id) references kpi_return (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
