package ee.hankevoog.deadline.ical;

import static ee.hankevoog.security.Roles.ADMINS;
import static ee.hankevoog.security.Roles.AUDITORS;
import static ee.hankevoog.security.Roles.OFFICERS;
import static ee.hankevoog.security.Roles.TRAINERS;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The running contracts whose deadlines a user may follow: officers, auditors and administrators every
 * one, trainers those that name them. Groups are read at each call, so a user taken out of a group loses
 * the contracts at once, even through a calendar link made before.
 */
@Component
public class VisibleContracts {

    private final ContractRepository contracts;
    private final IdentityService identity;

    VisibleContracts(ContractRepository contracts, IdentityService identity) {
        this.contracts = contracts;
        this.identity = identity;
    }

    public List<Contract> of(String user) {
        Set<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        if (groups.contains(OFFICERS) || groups.contains(AUDITORS) || groups.contains(ADMINS)) {
            return contracts.findByState(ContractState.RUNNING);
        }
        if (groups.contains(TRAINERS)) {
            // their own contracts only, found by the database, not every running contract loaded to be filtered
            return contracts.numbersOfTrainer(user).stream().map(contracts::findByNumber).flatMap(Optional::stream)
                    .filter(contract -> contract.state() == ContractState.RUNNING).toList();
        }
        return List.of();
    }
}
