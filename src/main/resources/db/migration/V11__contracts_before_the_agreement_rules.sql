-- Contracts registered before the rules of V8 and V10 (they have no registered_on) keep what their running
-- processes expect: materials per block (a task per block is open), and a date agreement that the trainers'
-- one task completed then counts as agreed, by whoever completed it, on that day.
update contract set materials_due = 'BLOCK' where registered_on is null;

update contract
   set dates_agreed_on = (select cast(min(tc.completed_at) as date) from task_completion tc
                           where tc.contract_number = contract.number and tc.task_key = 'Task_AgreeTrainingDates'),
       dates_agreed_by = (select coalesce(tc.completed_by, 'system') from task_completion tc
                           where tc.contract_number = contract.number and tc.task_key = 'Task_AgreeTrainingDates'
                           order by tc.completed_at limit 1)
 where registered_on is null and dates_agreed_on is null;
