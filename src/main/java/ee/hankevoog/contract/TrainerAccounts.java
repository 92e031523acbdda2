package ee.hankevoog.contract;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Links the contract's trainers to Camunda users of the trainers group: the one named, or else the one
 * with the trainer's e-mail address.
 */
@Component
class TrainerAccounts {

    static final String TRAINERS_GROUP = "trainers";

    private final IdentityService identity;

    TrainerAccounts(IdentityService identity) {
        this.identity = identity;
    }

    List<Trainer> link(List<Trainer> trainers) {
        List<Trainer> linked = new ArrayList<>();
        for (int i = 0; i < trainers.size(); i++) {
            Trainer trainer = trainers.get(i);
            if (trainer.userId() != null) {
                if (identity.createUserQuery().userId(trainer.userId()).memberOfGroup(TRAINERS_GROUP).count() == 0) {
                    throw new UnknownTrainerAccount(i, trainer.userId());
                }
                linked.add(trainer);
            } else {
                List<User> byEmail = identity.createUserQuery().userEmail(trainer.email())
                        .memberOfGroup(TRAINERS_GROUP).list();
                linked.add(byEmail.size() == 1 ? trainer.withUser(byEmail.get(0).getId()) : trainer);
            }
        }
        return linked;
    }
}
