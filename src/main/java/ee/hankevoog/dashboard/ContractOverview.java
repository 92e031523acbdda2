package ee.hankevoog.dashboard;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.deadline.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every contract at a glance: its state, its next deadline, and how many obligations are open or overdue. Read
 * from the page's own copy of the contracts and their deadlines ({@code contract_overview} and
 * {@code contract_deadline}, kept by {@link StoredDeadlines}), a page at a time, so the page costs the same with
 * ten contracts or ten thousand.
 */
@Component
public class ContractOverview {

    /**
     * Open deadlines of the contract; overdue ones are those due before today, except the customer's right to
     * cancel, which is nobody's duty and simply expires.
     */
    private static final String OPEN = "from contract_deadline d where d.contract_number = c.number"
            + " and d.status = 'OPEN' and (d.due >= :today or d.obligation <> 'CANCELLATION_NOTICE')";
    /** The contracts with an obligation overdue, found from the open deadlines due before today. */
    private static final String OVERDUE = "select o.contract_number from contract_deadline o where o.status = 'OPEN'"
            + " and o.due < :today and o.obligation <> 'CANCELLATION_NOTICE'";

    private final JdbcClient jdbc;
    private final EngineClock clock;

    ContractOverview(JdbcClient jdbc, EngineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every matching contract: those with overdue obligations first, then by number. */
    public List<ContractSummary> list(ContractState state, boolean overdueOnly) {
        return page(state, overdueOnly, null, 0, Integer.MAX_VALUE).contracts();
    }

    /**
     * One page of the matching contracts, overdue ones first, then by number, and whether more follow;
     * {@code numberContains} finds a contract among thousands by a part of its number, whatever the case.
     */
    public Page page(ContractState state, boolean overdueOnly, String numberContains, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("today", clock.today());
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (state != null) {
            where.append(" and c.state = :state");
            parameters.addValue("state", state.name());
        }
        if (numberContains != null && !numberContains.isBlank()) {
            where.append(" and lower(c.number) like :number escape '\\'");
            parameters.addValue("number", "%" + numberContains.strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        // the contracts that need action now come first: read as two runs in number order, so that a page reads
        // its own rows and not every contract's deadlines to sort them
        // (and only when some contract has one: the database would look for them contract by contract)
        boolean anyOverdue = jdbc.sql("select count(*) from (" + OVERDUE + ") o").paramSource(parameters)
                .query(Long.class).single() > 0;
        List<ContractSummary> rows = new ArrayList<>(!anyOverdue ? List.of() : summaries(where
                + " and c.number in (" + OVERDUE + ")", parameters, (long) page * size, limit(size)));
        if (!overdueOnly && rows.size() < limit(size)) {
            long overdue = !anyOverdue ? 0 : rows.isEmpty() ? jdbc.sql("select count(*) from contract_overview c"
                    + where + " and c.number in (" + OVERDUE + ")").paramSource(parameters).query(Long.class).single()
                    : (long) page * size + rows.size();
            rows.addAll(summaries(where + " and c.number not in (" + OVERDUE + ")", parameters,
                    Math.max(0, (long) page * size - overdue), limit(size) - rows.size()));
        }
        boolean more = rows.size() > size;
        List<ContractSummary> shown = more ? rows.subList(0, size) : rows;
        Map<String, Deadline> next = nextDeadlines(shown.stream().map(ContractSummary::number).toList());
        return new Page(shown.stream().map(summary -> new ContractSummary(summary.number(), summary.title(),
                summary.state(), next.get(summary.number()), summary.open(), summary.overdue())).toList(), page, more);
    }

    /** One more than the page holds tells whether a next page exists. */
    private static int limit(int size) {
        return size == Integer.MAX_VALUE ? Integer.MAX_VALUE : size + 1;
    }

    private List<ContractSummary> summaries(String where, MapSqlParameterSource parameters, long offset, int limit) {
        return jdbc.sql("select c.number, c.title, c.state,"
                        + " (select count(*) " + OPEN + " and d.due >= :today) open_count,"
                        + " (select count(*) " + OPEN + " and d.due < :today) overdue_count"
                        + " from contract_overview c" + where
                        + " order by c.number offset " + offset + " rows fetch next " + limit + " rows only")
                .paramSource(parameters)
                .query((row, i) -> new ContractSummary(row.getString("number"), row.getString("title"),
                        ContractState.valueOf(row.getString("state")), null, row.getLong("open_count"),
                        row.getLong("overdue_count")))
                .list();
    }

    /** The earliest deadline not yet met of each contract, overdue ones included, expired rights not. */
    private Map<String, Deadline> nextDeadlines(List<String> numbers) {
        Map<String, Deadline> next = new HashMap<>();
        if (numbers.isEmpty()) {
            return next;
        }
        jdbc.sql("select contract_number, obligation, group_code, training_day, item_index, due, rule"
                        + " from contract_deadline where status = 'OPEN' and contract_number in (:numbers)"
                        + " and (due >= :today or obligation <> 'CANCELLATION_NOTICE')"
                        + " order by contract_number, due, position")
                .param("numbers", numbers)
                .param("today", clock.today())
                .query((row, i) -> Map.entry(row.getString("contract_number"), new Deadline(
                        Obligation.valueOf(row.getString("obligation")), row.getString("group_code"),
                        row.getObject("training_day", LocalDate.class), (Integer) row.getObject("item_index"),
                        row.getObject("due", LocalDate.class), row.getString("rule"))))
                .list()
                .forEach(entry -> next.putIfAbsent(entry.getKey(), entry.getValue()));
        return next;
    }

    /** A page of contracts; {@code more} when a next page exists. */
    public record Page(List<ContractSummary> contracts, int number, boolean more) {
    }
}
