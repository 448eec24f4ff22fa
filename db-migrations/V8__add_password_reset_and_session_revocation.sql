-- "Forgot your password?": reset links share the one-time link table with invitations, told apart by purpose.
alter table password_setup_token
    add column purpose varchar(20) not null default 'INVITATION';

-- Sessions signed in before this moment end at their next request (password changed or reset, account disabled,
-- roles or organisation changed). Not audited: the audit trail records the change that caused it.
alter table user_account
    add column sessions_valid_from datetime(6);
