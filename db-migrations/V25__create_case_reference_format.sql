-- The council's own case-reference format for young people (ADMIN sets it), besides YP- and 4 to 6 digits.
create table case_reference_format (
    id          bigint       not null auto_increment primary key,
    version     bigint       not null,
    pattern     varchar(200) not null,
    example     varchar(20)  not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table case_reference_format_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    pattern varchar(200), example varchar(20),
    primary key (id, rev),
    constraint case_reference_format_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
