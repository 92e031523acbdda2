package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.taskform.CompletionCheck;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.ScheduleRejected;
import jakarta.validation.Validator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * A contract started from Tasklist's start form is registered here, in the same transaction as its start;
 * one registered through the API already exists and passes through. Whatever else starts the lifecycle must
 * bring the whole form: an instance without a registered contract would run for a contract nobody signed.
 */
@Component("registerFromStartForm")
class RegisterFromStartForm implements ExecutionListener {

    private final ContractRegistration registration;
    private final CompletionCheck check;
    private final Validator validator;

    RegisterFromStartForm(ContractRegistration registration, CompletionCheck check, Validator validator) {
        this.registration = registration;
        this.check = check;
        this.validator = validator;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (ContractRegistration.startedHere(execution.getVariable(Var.CONTRACT_NUMBER))) {
            return;
        }
        Contract contract = StartFormContract.read(check.check(ContractProcess.START_FORM, execution), validator);
        try {
            registration.record(contract);
        } catch (DuplicateContract | ScheduleRejected | UnknownTrainerAccount e) {
            throw new CompletionRefused(Var.CONTRACT_NUMBER, e.getMessage());
        }
        execution.setProcessBusinessKey(contract.number());
        execution.setVariable(Var.CONTRACT_NUMBER, contract.number());
    }
}
