-- ShedLock: one row per scheduled job, so that with several instances on one database each job runs on one
-- instance at a time (the JDBC provider's MySQL/MariaDB layout).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null default current_timestamp(3),
    locked_by  varchar(255) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
