package ee.hankevoog.contract;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Checks that the Camunda user named for each trainer is one of the trainers group. Only the user id an officer
 * names links an account to a contract: an e-mail address proves nothing about who holds the account.
 */
@Component
class TrainerAccounts {

    static final String TRAINERS_GROUP = "trainers";

    private final IdentityService identity;

    TrainerAccounts(IdentityService identity) {
        this.identity = identity;
    }

    List<Trainer> link(List<Trainer> trainers) {
        for (int i = 0; i < trainers.size(); i++) {
            String user = trainers.get(i).userId();
            if (user != null
                    && identity.createUserQuery().userId(user).memberOfGroup(TRAINERS_GROUP).count() == 0) {
                throw new UnknownTrainerAccount(i, user);
            }
        }
        return trainers;
    }
}
