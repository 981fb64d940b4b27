-- A drawn signature is an image of the person's handwriting: identifying, so it goes when the person is erased
-- (PersonErased, ADR 018). The loan keeps the fact that it was signed: signature_erased_on says when the image was
-- removed, and the check that every loan is signed accepts it in place of the image.
alter table lending.loan add column signature_erased_on timestamptz;

do $$
declare
    signed text;
begin
    select conname into signed from pg_constraint
    where conrelid = 'lending.loan'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) like '%signature_png IS NOT NULL%signed_on_paper%';
    execute format('alter table lending.loan drop constraint %I', signed);
end $$;

alter table lending.loan
    add constraint loan_signed check (signature_png is not null or signed_on_paper or signature_erased_on is not null),
    add constraint loan_signature_erased check (signature_erased_on is null or signature_png is null);
