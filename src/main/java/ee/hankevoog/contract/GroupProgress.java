package ee.hankevoog.contract;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes what a step changes of a group as progress (a day recorded, the group completed) to that one row: saving
 * the contract rewrites all its trainers, groups and days, and these steps come a dozen times a contract. Like a
 * save it raises the contract's version, checked against the version read, so that every node reads the contract
 * again and a concurrent writer fails instead of being overwritten.
 */
@Component
class GroupProgress {

    private final JdbcTemplate jdbc;
    private final KeptContracts kept;
    private final ApplicationEventPublisher events;

    GroupProgress(JdbcTemplate jdbc, KeptContracts kept, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.events = events;
    }

    /** After {@code contract.group(groupCode).recordDay(dayIndex, …)}. */
    void dayRecorded(Contract contract, String groupCode, int dayIndex) {
        write(contract, "update training_day set held = ? where position = ? and training_group_id ="
                        + " (select id from training_group where contract_id = ? and code = ?)",
                contract.group(groupCode).days().get(dayIndex).held(), dayIndex, contract.id(), groupCode);
    }

    /** After {@code contract.group(groupCode).complete()}. */
    void groupCompleted(Contract contract, String groupCode) {
        write(contract, "update training_group set status = ? where contract_id = ? and code = ?",
                contract.group(groupCode).status().name(), contract.id(), groupCode);
    }

    private void write(Contract contract, String update, Object... arguments) {
        if (jdbc.update("update contract set version = version + 1 where id = ? and version = ?", contract.id(),
                contract.version()) != 1) {
            throw new OptimisticLockingFailureException("Contract " + contract.number() + " was changed since it"
                    + " was read; read it again.");
        }
        if (jdbc.update(update, arguments) != 1) {
            throw new IllegalStateException("Contract " + contract.number() + " has no such row: " + update);
        }
        contract.versionRaised();
        // as after a save: the contract as written is what the next reader reads, not a reason to read it whole again
        kept.saved(contract);
        events.publishEvent(new ContractWritten(contract.number()));
    }
}
