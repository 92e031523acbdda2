package ee.hankevoog.dashboard;

import ee.hankevoog.audit.TaskCompletion;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.transaction.PerTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the contracts page's own tables in step with the contracts and their deadline boards: a contract's row
 * in {@code contract_overview} and its rows in {@code contract_deadline} are written anew just before a
 * transaction that saved the contract or completed one of its tasks commits, once per contract however many
 * changes it made. Contracts from before the tables existed get their rows at start-up.
 */
@Component
class StoredDeadlines implements ApplicationRunner {

    private static final String PENDING = StoredDeadlines.class.getName() + ".pending";

    private final ContractLookup contracts;
    private final DeadlineBoard board;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    StoredDeadlines(ContractLookup contracts, DeadlineBoard board, JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.contracts = contracts;
        this.board = board;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getEntity() instanceof Contract contract) {
            refreshOnCommit(contract.number());
        } else if (event.getEntity() instanceof TaskCompletion completion && meetsAnObligation(completion)) {
            refreshOnCommit(completion.contractNumber());
        }
    }

    /** Most tasks are steps on the way to an obligation; only the obligation's own task can change a status. */
    private static boolean meetsAnObligation(TaskCompletion completion) {
        return Arrays.stream(Obligation.values()).anyMatch(o -> o.metBy().contains(completion.taskKey()));
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> stored = new HashSet<>(jdbc.queryForList("select number from contract_overview", String.class));
        for (String number : contracts.numbers()) {
            if (!stored.contains(number)) {
                transaction.executeWithoutResult(status -> refresh(number));
            }
        }
    }

    private void refreshOnCommit(String number) {
        PerTransaction.value(PENDING, LinkedHashSet<String>::new, numbers -> numbers.forEach(this::refresh))
                .ifPresentOrElse(numbers -> numbers.add(number), () -> refresh(number));
    }

    private void refresh(String number) {
        jdbc.update("delete from contract_deadline where contract_number = ?", number);
        jdbc.update("delete from contract_overview where number = ?", number);
        Contract contract = contracts.find(number).orElse(null);
        if (contract == null) {
            return;
        }
        jdbc.update("insert into contract_overview (number, title, state) values (?, ?, ?)", number,
                contract.title(), contract.state().name());
        List<Object[]> rows = new ArrayList<>();
        List<DeadlineState> states = board.of(contract);
        for (int position = 0; position < states.size(); position++) {
            Deadline deadline = states.get(position).deadline();
            // overdue (or an expired right) is open on a day gone by: the reader decides which by the day it reads
            DeadlineStatus status = states.get(position).status() == DeadlineStatus.OVERDUE
                    || states.get(position).status() == DeadlineStatus.RIGHT_EXPIRED ? DeadlineStatus.OPEN
                    : states.get(position).status();
            rows.add(new Object[] {number, position, deadline.obligation().name(), deadline.group(),
                    deadline.trainingDay(), deadline.itemIndex(), deadline.due(), deadline.rule(), status.name()});
        }
        jdbc.batchUpdate("insert into contract_deadline (contract_number, position, obligation, group_code,"
                + " training_day, item_index, due, rule, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
}
