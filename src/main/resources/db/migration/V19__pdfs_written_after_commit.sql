-- A handover act's PDF is laid out after the trainer's completion has committed, so that nobody waits for it; the
-- page it is written from is kept here in the completion's transaction, and a node that died before writing it
-- leaves the row for the next node to write. Until then the act's record has no size and no checksum.
alter table stored_document alter column size_bytes drop not null;
alter table stored_document alter column sha256 drop not null;

create table pdf_to_write (
    document_id         bigint         not null primary key references stored_document (id),
    title               varchar(255)   not null,
    xhtml               bytea          not null,
    queued_at           timestamp      not null
);
