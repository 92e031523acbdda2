package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.UnknownContract;
import ee.hankevoog.dashboard.TimelineSvg;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private final ContractRepository contracts;
    private final TimelineSvg timeline;

    TimelineController(ContractRepository contracts, TimelineSvg timeline) {
        this.contracts = contracts;
        this.timeline = timeline;
    }

    /** The contract's timeline picture, labelled in the browser's language. */
    @GetMapping(value = "/api/contracts/{number}/timeline.svg", produces = "image/svg+xml")
    ResponseEntity<String> timeline(@PathVariable String number, Locale locale) {
        return ResponseEntity.ok(timeline.render(contracts.findByNumber(number)
                .orElseThrow(() -> new UnknownContract(number)), locale));
    }
}
