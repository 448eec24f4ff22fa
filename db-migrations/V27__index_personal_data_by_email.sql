-- Subject access and erasure find a person by e-mail address in every table that holds one.
create index contact_email on contact (email);
create index employer_registration_email on employer_registration (email);
create index event_signup_email on event_signup (email);
create index outbound_email_recipient on outbound_email (recipient);
create index audit_revision_username on audit_revision (username);
