package ee.hankevoog.handover;

import ee.hankevoog.document.Documents;
import ee.hankevoog.process.ContractProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The officer's decision on the act settles its file: an accepted act is kept, a returned one is a draft. */
@Component("decideHandoverAct")
class DecideHandoverAct implements TaskListener {

    private final Documents documents;

    DecideHandoverAct(Documents documents) {
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Object accepted = task.getVariable(Var.HANDOVER_ACCEPTED);
        if (!(task.getVariable(Var.HANDOVER_ACT_DOCUMENT) instanceof Number act) || !(accepted instanceof Boolean)) {
            // an act prepared before Hankevoog wrote acts has no file; a missing answer is refused by the check
            return;
        }
        if ((Boolean) accepted) {
            documents.accept(act.longValue());
        } else {
            documents.returnForRework(act.longValue());
        }
    }
}
