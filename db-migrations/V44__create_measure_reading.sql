-- Strategy's read model of its live success measures: each one's latest value as read from Open Doors' records, with
-- when it was read and against which milestones. A scheduled job reads every live measure again
-- (OPEN_DOORS_MEASURE_REFRESH) and a measure is read again as soon as a change to it commits, so the tracker shows a
-- plan's figures in one statement instead of counting each measure over the offer, placement, organisation and
-- delivery tables on every view. measure_version is the version of the measure that was read: a reading of an older
-- version is not shown. Derived data, so not audited; a measure's reading goes with it.
create table measure_reading (
    measure_id      bigint        not null primary key,
    measure_version bigint        not null,
    read_at         datetime(6)   not null,
    as_of           date          not null,
    figure_value    decimal(16,2) not null,
    areas           int           not null,
    next_due_on     date,
    next_target     decimal(12,2),
    last_due_on     date,
    last_target     decimal(12,2),
    suggested_grade int,
    constraint measure_reading_measure foreign key (measure_id) references success_measure (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
