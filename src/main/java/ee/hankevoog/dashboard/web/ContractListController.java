package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.ContractState;
import ee.hankevoog.dashboard.ContractOverview;
import ee.hankevoog.dashboard.ContractSummary;
import ee.hankevoog.deadline.Obligation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
class ContractListController {

    private static final int MAX_PAGE_SIZE = 1000;

    private final ContractOverview overview;

    ContractListController(ContractOverview overview) {
        this.overview = overview;
    }

    /**
     * Every contract with its state, next deadline and open and overdue obligations; with {@code page} (from 0),
     * only that page of {@code size} contracts, and a {@code Link} to the next page when there is one.
     */
    @GetMapping("/api/contracts")
    ResponseEntity<List<ContractLine>> contracts(@RequestParam(required = false) ContractState state,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "100") int size) {
        if (page == null) {
            return ResponseEntity.ok(lines(overview.list(state, overdue)));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Parameter 'page' must be 0 or more and 'size' 1 to " + MAX_PAGE_SIZE + ".");
        }
        ContractOverview.Page shown = overview.page(state, overdue, null, page, size);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (shown.more()) {
            response.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("page", page + 1).toUriString() + ">; rel=\"next\"");
        }
        return response.body(lines(shown.contracts()));
    }

    private static List<ContractLine> lines(List<ContractSummary> summaries) {
        return summaries.stream().map(summary -> new ContractLine(summary.number(),
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
