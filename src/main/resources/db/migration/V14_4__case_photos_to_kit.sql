-- Cases keep their photos in the process kit's process.photo (loop 'case', step = the case event of the note
-- the photo came with). They move over with their ids, so that the links to them keep working.
insert into process.photo (id, loop, item_id, step, file_name, content_type, size_bytes, sha256, content, uploaded_by,
                           uploaded_at)
overriding system value
select id, 'case', case_id, event_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at
from cases.attachment
order by id;

select setval(pg_get_serial_sequence('process.photo', 'id'), (select coalesce(max(id), 0) + 1 from process.photo), false);

drop table cases.attachment;
