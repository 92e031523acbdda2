package ee.hankevoog.participant;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A day held by a group with a roster takes its head count from the day's attendance record, so that the number
 * on the task and the names behind it agree; a group without a roster gives the number on the form.
 */
@Component("headCountFromRecord")
class HeadCountFromRecord implements TaskListener {

    private final ContractLookup contracts;
    private final GroupRecords records;

    HeadCountFromRecord(ContractLookup contracts, GroupRecords records) {
        this.contracts = contracts;
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ContractProcess.yes(task, Var.DAY_NOT_HELD)) {
            return;
        }
        String number = ContractProcess.contractNumber(task);
        String group = ContractProcess.groupCode(task);
        // after an attendance record being written beside it, not before
        contracts.lock(number);
        if (!records.hasRoster(number, group)) {
            if (ContractProcess.number(task, Var.PARTICIPANTS_PRESENT) == null) {
                throw CompletionRefused.forField(Var.PARTICIPANTS_PRESENT, "is required: group " + group
                        + " has no roster in Hankevoog, so give the number of participants present.");
            }
            return;
        }
        LocalDate day = contracts.get(number).group(group).trainingDates().get(ContractProcess.dayIndex(task));
        long present = records.countOn(number, group, day).map(GroupRecords.DayCount::present).orElseThrow(() -> CompletionRefused.forField(
                Var.PARTICIPANTS_PRESENT, "group " + group + "'s head count comes from its attendance record, and "
                        + day + " has none yet: tick who was present on " + AttendancePage.path(number, group, day)
                        + " (or PUT the list to /api/contracts/" + number + "/groups/" + group + "/days/" + day
                        + "/attendance), then complete this task."));
        task.setVariable(Var.PARTICIPANTS_PRESENT, present);
    }
}
