package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.dashboard.TimelineSvg;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TimelineController {

    private final ContractLookup contracts;
    private final TimelineSvg timeline;

    TimelineController(ContractLookup contracts, TimelineSvg timeline) {
        this.contracts = contracts;
        this.timeline = timeline;
    }

    /** The contract's timeline picture, labelled in the browser's language. */
    @GetMapping(value = "/api/contracts/{number}/timeline.svg", produces = "image/svg+xml")
    ResponseEntity<String> timeline(@PathVariable String number, Locale locale) {
        return ResponseEntity.ok(timeline.render(contracts.require(number), locale));
    }
}
