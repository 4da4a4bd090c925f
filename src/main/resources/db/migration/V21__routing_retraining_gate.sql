-- A retrained model replaces the running one only when it is not worse on examples neither has learnt from (the
-- held-out slice of the platform's history). Each retraining is kept, taken or not, with both figures and who asked.
alter table routing.model add column accepted boolean not null default true;
alter table routing.model add column held_out int;
alter table routing.model add column before_macro_f1 numeric(5, 4);
alter table routing.model add column after_macro_f1 numeric(5, 4);
alter table routing.model add column before_accuracy numeric(5, 4);
alter table routing.model add column after_accuracy numeric(5, 4);
-- per category F1 of both models on the held-out examples: {"before": {"城乡建设": 0.95, …}, "after": {…}}
alter table routing.model add column figures jsonb;
