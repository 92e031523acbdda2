package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.ContractState;
import ee.hankevoog.dashboard.ContractOverview;
import ee.hankevoog.deadline.Obligation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContractListController {

    private final ContractOverview overview;

    ContractListController(ContractOverview overview) {
        this.overview = overview;
    }

    /** Every contract with its state, next deadline and open and overdue obligations. */
    @GetMapping("/api/contracts")
    List<ContractLine> contracts(@RequestParam(required = false) ContractState state,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return overview.list(state, overdue).stream().map(summary -> new ContractLine(summary.number(),
                summary.title(), summary.state(),
                summary.nextDeadline() == null ? null : new NextDeadline(summary.nextDeadline().obligation(),
                        summary.nextDeadline().group(), summary.nextDeadline().due()),
                summary.open(), summary.overdue())).toList();
    }

    record ContractLine(String number, String title, ContractState state, NextDeadline nextDeadline, long open,
            long overdue) {
    }

    record NextDeadline(Obligation obligation, String group, LocalDate due) {
    }
}
