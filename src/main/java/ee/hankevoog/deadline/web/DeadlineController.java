package ee.hankevoog.deadline.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeadlineController {

    private final ContractLookup contracts;
    private final DeadlineBoard board;

    DeadlineController(ContractLookup contracts, DeadlineBoard board) {
        this.contracts = contracts;
        this.board = board;
    }

    @GetMapping("/api/contracts/{number}/deadlines")
    List<DeadlineView> deadlines(@PathVariable String number) {
        return board.of(contracts.require(number)).stream()
                .map(state -> new DeadlineView(state.deadline().obligation(), state.deadline().group(),
                        state.deadline().trainingDay(), state.deadline().due(), state.deadline().rule(),
                        state.status()))
                .toList();
    }

    /** The JSON an integrator reads; its field names are part of the API. */
    record DeadlineView(Obligation obligation, String group, LocalDate trainingDay, LocalDate due, String rule,
            DeadlineStatus status) {
    }
}
