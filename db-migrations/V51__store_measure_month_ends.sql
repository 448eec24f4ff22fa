-- A live success measure's chart: its value at each month's end up to the day it was counted. Counting a chart month by
-- month over the big tables takes up to a few hundred milliseconds at full volumes, so the first view of a
-- recommendation on a day counts its charts and stores them here, and that day's other views read them. A chart of an
-- older version of the measure, or counted on an earlier day, is counted again. Derived data, so not audited; a
-- measure's points go with it.
create table measure_month_end (
    measure_id      bigint        not null,
    month_end       date          not null,
    measure_version bigint        not null,
    read_on         date          not null,
    figure_value    decimal(16,2) not null,
    primary key (measure_id, month_end),
    constraint measure_month_end_measure foreign key (measure_id) references success_measure (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
