-- Each erasure of a person (subject access and erasure, UK GDPR Article 17): who erased, when, and how many records
-- of each kind were changed. Nothing of the erased person is kept here.
create table person_erasure (
    id                bigint      not null auto_increment primary key,
    version           bigint      not null,
    erased_at         datetime(6) not null,
    erased_by_user_id bigint      not null,
    constraint person_erasure_user foreign key (erased_by_user_id) references user_account (id),
    index person_erasure_time (erased_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table person_erasure_kind (
    person_erasure_id bigint       not null,
    kind              varchar(100) not null,
    records           int          not null,
    history_rows      int          not null,
    primary key (person_erasure_id, kind),
    constraint person_erasure_kind_erasure foreign key (person_erasure_id) references person_erasure (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
