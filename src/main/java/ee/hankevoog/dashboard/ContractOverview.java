package ee.hankevoog.dashboard;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineStatus;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every contract at a glance: its state, its next deadline, and how many obligations are open or overdue. */
@Component
public class ContractOverview {

    private final ContractRepository contracts;
    private final DeadlineBoard board;

    ContractOverview(ContractRepository contracts, DeadlineBoard board) {
        this.contracts = contracts;
        this.board = board;
    }

    public List<ContractSummary> list(ContractState state, boolean overdueOnly) {
        return contracts.findAll().stream()
                .filter(contract -> state == null || contract.state() == state)
                .map(this::summary)
                .filter(summary -> !overdueOnly || summary.overdue() > 0)
                .sorted(Comparator.comparing(ContractSummary::number))
                .toList();
    }

    public ContractSummary summary(Contract contract) {
        List<DeadlineState> deadlines = board.of(contract);
        long open = count(deadlines, DeadlineStatus.OPEN);
        long overdue = count(deadlines, DeadlineStatus.OVERDUE);
        DeadlineState next = deadlines.stream()
                .filter(d -> d.status() == DeadlineStatus.OPEN || d.status() == DeadlineStatus.OVERDUE)
                .min(Comparator.comparing(d -> d.deadline().due()))
                .orElse(null);
        return new ContractSummary(contract.number(), contract.title(), contract.state(),
                next == null ? null : next.deadline(), open, overdue);
    }

    private static long count(List<DeadlineState> deadlines, DeadlineStatus status) {
        return deadlines.stream().filter(d -> d.status() == status).count();
    }
}
