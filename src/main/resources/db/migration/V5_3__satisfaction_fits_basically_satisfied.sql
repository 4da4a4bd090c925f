-- A rating of 基本满意 is stored as BASICALLY_SATISFIED (19 characters), longer than the column was.
alter table cases.case_record alter column satisfaction type varchar(24);
