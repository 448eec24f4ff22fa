-- An organisation CSV import waits here between its preview and its import, so the person's session holds only the
-- upload's id, not the file or its rows (issue 13). An upload is removed when the same person uploads again, or a day
-- after it was uploaded (at the next upload by anyone).
create table import_upload (
    id          char(36)     not null primary key,
    uploaded_by varchar(320) not null,
    uploaded_at datetime(6)  not null,
    imported_at datetime(6),
    csv         longtext     not null,
    index import_upload_by (uploaded_by),
    index import_upload_at (uploaded_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- What the preview said of each line: the grid pages through these.
create table import_preview_row (
    upload_id         char(36) not null,
    line              bigint   not null,
    organisation_name text,
    contact_email     text,
    error             text,
    already_exists    boolean  not null,
    primary key (upload_id, line),
    constraint import_preview_row_upload foreign key (upload_id) references import_upload (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
