-- The outbox grid reads its pages in the order asked for, continuing after the last row it read (a seek): an index for
-- each sortable column, with and without the status filter, each ending with the id InnoDB keeps in every index.
alter table outbound_email
    add index outbound_email_created (created_at),
    add index outbound_email_status (status),
    add index outbound_email_status_created (status, created_at),
    add index outbound_email_status_recipient (status, recipient);
