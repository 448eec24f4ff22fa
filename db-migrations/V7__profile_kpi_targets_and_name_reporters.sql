-- Social value, second step:
--  * a KPI's target is either the same each period or a total over the contract profiled across its periods;
--    each period's target is kept, so grading and reports read one figure per period either way;
--  * procurement names which of the supplier's users report on a contract;
--  * placements and deliveries can be tagged to the contract they count towards;
--  * the supplier answers an officer's query before resubmitting.

alter table contract_kpi change target_per_period target decimal(12,2) not null;
alter table contract_kpi add column target_kind varchar(20) not null default 'EACH_PERIOD';
alter table contract_kpi_aud change target_per_period target decimal(12,2);
alter table contract_kpi_aud add column target_kind varchar(20);

create table contract_kpi_target (
    kpi_id        bigint        not null,
    period_number int           not null,
    target        decimal(12,2) not null,
    primary key (kpi_id, period_number),
    constraint contract_kpi_target_kpi foreign key (kpi_id) references contract_kpi (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract_kpi_target_aud (
    rev           bigint        not null,
    revtype       tinyint,
    kpi_id        bigint        not null,
    period_number int           not null,
    target        decimal(12,2) not null,
    setordinal    int           not null, -- Envers numbers the embeddables of a set
    primary key (rev, kpi_id, period_number, target, setordinal),
    constraint contract_kpi_target_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Contracts set up before profiles had the same target in every period
insert into contract_kpi_target (kpi_id, period_number, target)
    select k.id, p.number, k.target from contract_kpi k join reporting_period p on p.contract_id = k.contract_id;

create table contract_reporter (
    contract_id bigint not null,
    user_id     bigint not null,
    primary key (contract_id, user_id),
    constraint contract_reporter_contract foreign key (contract_id) references contract (id) on delete cascade,
    constraint contract_reporter_user foreign key (user_id) references user_account (id),
    index contract_reporter_user (user_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table contract_reporter_aud (
    rev         bigint not null,
    revtype     tinyint,
    contract_id bigint not null,
    user_id     bigint not null,
    primary key (rev, contract_id, user_id),
    constraint contract_reporter_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Before reporters were named, every active user of the supplier could report: keep it so for those contracts
insert into contract_reporter (contract_id, user_id)
    select c.id, u.id from contract c join user_account u on u.organisation_id = c.supplier_id and u.enabled = true;

alter table placement add column contract_id bigint, add index placement_contract (contract_id, start_date);
alter table placement_aud add column contract_id bigint;
alter table delivery add column contract_id bigint, add index delivery_contract (contract_id, delivered_on);
alter table delivery_aud add column contract_id bigint;

alter table kpi_return add column query_answer varchar(1000);
alter table kpi_return_aud add column query_answer varchar(1000);
