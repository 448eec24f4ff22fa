-- Procurement social value: the measure catalogue, contracts with KPI lines, and their reporting periods.
-- Money is held in pence.

create table measure (
    id                 bigint       not null auto_increment primary key,
    version            bigint       not null,
    code               varchar(10)  not null,
    name               varchar(200) not null,
    unit               varchar(20)  not null,
    evidence_required  varchar(500),
    proxy_pence        bigint,
    ringfenced         boolean      not null,
    source             varchar(30)  not null,
    active             boolean      not null,
    constraint measure_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table measure_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    code varchar(10), name varchar(200), unit varchar(20), evidence_required varchar(500), proxy_pence bigint,
    ringfenced boolean, source varchar(30), active boolean,
    primary key (id, rev),
    constraint measure_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract (
    id                   bigint       not null auto_increment primary key,
    version              bigint       not null,
    supplier_id          bigint       not null,
    reference            varchar(50)  not null,
    title                varchar(200) not null,
    value_pence          bigint       not null,
    starts_on            date         not null,
    ends_on              date         not null,
    frequency            varchar(20)  not null,
    officer_user_id      bigint       not null,
    created_at           datetime(6)  not null,
    constraint contract_reference unique (reference),
    constraint contract_supplier foreign key (supplier_id) references organisation (id),
    index contract_supplier_dates (supplier_id, starts_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    supplier_id bigint, reference varchar(50), title varchar(200), value_pence bigint, starts_on date, ends_on date,
    frequency varchar(20), officer_user_id bigint, created_at datetime(6),
    primary key (id, rev),
    constraint contract_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract_kpi (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null,
    contract_id       bigint        not null,
    measure_id        bigint        not null,
    target_per_period decimal(12,2) not null,
    constraint contract_kpi_contract foreign key (contract_id) references contract (id) on delete cascade,
    constraint contract_kpi_measure foreign key (measure_id) references measure (id),
    constraint contract_kpi_once unique (contract_id, measure_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract_kpi_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    contract_id bigint, measure_id bigint, target_per_period decimal(12,2),
    primary key (id, rev),
    constraint contract_kpi_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table reporting_period (
    id          bigint      not null auto_increment primary key,
    version     bigint      not null,
    contract_id bigint      not null,
    number      int         not null,
    starts_on   date        not null,
    ends_on     date        not null,
    due_on      date        not null,
    constraint reporting_period_contract foreign key (contract_id) references contract (id) on delete cascade,
    constraint reporting_period_once unique (contract_id, number),
    index reporting_period_due (due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table reporting_period_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    contract_id bigint, number int, starts_on date, ends_on date, due_on date,
    primary key (id, rev),
    constraint reporting_period_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- In our own words, not a licensed framework's
insert into measure (version, code, name, unit, evidence_required, proxy_pence, ringfenced, source, active) values
    (0, 'CL1', 'Care leavers (16 to 25) hired on the contract', 'PEOPLE_FTE', 'Start dates and hours of each hire, by reference not name', null, true, 'HIRES', true),
    (0, 'CL2', 'Weeks of ringfenced apprenticeship for care leavers', 'WEEKS', 'Apprenticeship agreements and attendance, by reference', null, true, 'NONE', true),
    (0, 'CL3', 'Work experience placements for care leavers', 'PLACEMENTS', 'Placement records with dates', null, true, 'PLACEMENTS', true),
    (0, 'CL4', 'Hours of careers support for care leavers (CV clinics, mock interviews, talks)', 'HOURS', 'Session records with dates and numbers attending', null, true, 'DELIVERY_HOURS', true),
    (0, 'CL5', 'Workplace visits and tours for care leavers', 'VISITS', 'Visit records with dates and numbers attending', null, true, 'DELIVERIES', true),
    (0, 'CL6', 'Money contributed to a care leaver bursary fund', 'POUNDS', 'Payment confirmation', 100, true, 'NONE', true);
