-- Spring Modulith's event publication registry (JPA, schema version 2): one row per event and listener, written in
-- the publisher's transaction. The row stays until its listener has succeeded in its own transaction, so a crash or
-- a failing listener leaves it incomplete, and it is submitted again at the next start. Completed rows are deleted
-- (spring.modulith.events.completion-mode=delete). Column types are the ones the JPA entity maps to on MariaDB.
create table event_publication (
    id                     uuid          not null,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       mediumtext    not null,
    publication_date       datetime(6)   not null,
    completion_date        datetime(6),
    status                 enum ('PUBLISHED', 'PROCESSING', 'COMPLETED', 'FAILED', 'RESUBMITTED'),
    completion_attempts    int           not null default 0,
    last_resubmission_date datetime(6),
    primary key (id),
    index event_publication_by_completion_date (completion_date)
) engine = InnoDB default charset = utf8mb4;
