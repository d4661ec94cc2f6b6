-- Meeting packs go out by email with their PDF attached (issue 17). The outbox keeps what to attach, not the file:
-- a reference such as 'meeting-pack:weekly-overdue-review:2026-12-18' that a MailAttachments bean renders when
-- the message is sent, so the row stays small and the pack is the one of that date. NULL: no attachment.
ALTER TABLE notification_outbox ADD COLUMN attachment VARCHAR(300);
