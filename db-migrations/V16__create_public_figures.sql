-- Insight: which figures the public insight page shows (chosen by ADMIN); counts of young people on it are suppressed below 5.

create table public_figure (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null,
    figure_key varchar(60) not null,
    constraint public_figure_key unique (figure_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table public_figure_aud (
    id bigint not null, rev bigint not null, revtype tinyint, version bigint,
    figure_key varchar(60),
    primary key (id, rev),
    constraint public_figure_aud_revision foreign key (rev) references audit_revision (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into public_figure (version, figure_key) values
    (0, 'employers.engaged'), (0, 'pledges.active'), (0, 'offers.logged'), (0, 'deliveries.young-people'),
    (0, 'placements.started');
