package ee.hankevoog.dashboard;

import ee.hankevoog.audit.TaskCompletion;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractWritten;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.transaction.PerTransaction;
import java.time.LocalDate;
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
 * in {@code contract_overview} and its rows in {@code contract_deadline} are brought in step with its board just
 * before a transaction that saved the contract or completed one of its tasks commits, once per contract however
 * many changes it made. Contracts from before the tables existed get their rows at start-up.
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

    @EventListener
    void written(ContractWritten event) {
        refreshOnCommit(event.number());
    }

    /** Most tasks are steps on the way to an obligation; only the obligation's own task can change a status. */
    private static boolean meetsAnObligation(TaskCompletion completion) {
        return Obligation.metByAny().contains(completion.taskKey());
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
        Contract contract = contracts.find(number).orElse(null);
        if (contract == null) {
            jdbc.update("delete from contract_deadline where contract_number = ?", number);
            jdbc.update("delete from contract_overview where number = ?", number);
            return;
        }
        if (jdbc.update("update contract_overview set title = ?, state = ? where number = ?", contract.title(),
                contract.state().name(), number) == 0) {
            jdbc.update("insert into contract_overview (number, title, state) values (?, ?, ?)", number,
                    contract.title(), contract.state().name());
        }
        storeChanged(number, rows(contract));
    }

    /** The board as stored: a deadline's columns after the contract number and its position. */
    private List<List<Object>> rows(Contract contract) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeadlineState state : board.of(contract)) {
            Deadline deadline = state.deadline();
            // overdue (or an expired right) is open on a day gone by: the reader decides which by the day it reads
            DeadlineStatus status = state.status() == DeadlineStatus.OVERDUE
                    || state.status() == DeadlineStatus.RIGHT_EXPIRED ? DeadlineStatus.OPEN : state.status();
            rows.add(Arrays.asList(deadline.obligation().name(), deadline.group(), deadline.trainingDay(),
                    deadline.itemIndex(), deadline.due(), deadline.rule(), status.name()));
        }
        return rows;
    }

    /**
     * Most steps change one deadline's status or none, so only the rows that differ are written: rewriting a
     * contract's thirty-odd rows at every such step cost some 700 statements over its lifecycle.
     */
    private void storeChanged(String number, List<List<Object>> rows) {
        List<List<Object>> stored = jdbc.query("select obligation, group_code, training_day, item_index, due, rule,"
                + " status from contract_deadline where contract_number = ? order by position",
                (result, i) -> Arrays.asList(result.getString(1), result.getString(2),
                        result.getObject(3, LocalDate.class), result.getObject(4, Integer.class),
                        result.getObject(5, LocalDate.class), result.getString(6), result.getString(7)), number);
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (int position = 0; position < rows.size(); position++) {
            List<Object> row = rows.get(position);
            if (position >= stored.size()) {
                inserts.add(values(number, position, row));
            } else if (!row.equals(stored.get(position))) {
                List<Object> update = new ArrayList<>(row);
                update.add(number);
                update.add(position);
                updates.add(update.toArray());
            }
        }
        if (stored.size() > rows.size()) {
            jdbc.update("delete from contract_deadline where contract_number = ? and position >= ?", number,
                    rows.size());
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update contract_deadline set obligation = ?, group_code = ?, training_day = ?,"
                    + " item_index = ?, due = ?, rule = ?, status = ? where contract_number = ? and position = ?",
                    updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into contract_deadline (contract_number, position, obligation, group_code,"
                    + " training_day, item_index, due, rule, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        }
    }

    private static Object[] values(String number, int position, List<Object> row) {
        List<Object> values = new ArrayList<>(List.of(number, position));
        values.addAll(row);
        return values.toArray();
    }
}
