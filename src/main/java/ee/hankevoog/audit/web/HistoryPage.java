package ee.hankevoog.audit.web;

import ee.hankevoog.audit.AuditVerification;
import ee.hankevoog.audit.ContractHistory;
import ee.hankevoog.audit.HistoryEntry;
import ee.hankevoog.contract.ContractLookup;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's page: a contract's whole story, filterable, exportable, and its chain verifiable. */
@Controller
class HistoryPage {

    private final ContractLookup contracts;
    private final ContractHistory history;
    private final AuditVerification verification;

    private final ReadableDetails readable;

    HistoryPage(ContractLookup contracts, ContractHistory history, AuditVerification verification,
            ReadableDetails readable) {
        this.readable = readable;
        this.contracts = contracts;
        this.history = history;
        this.verification = verification;
    }

    @GetMapping("/history/{number}")
    String history(@PathVariable String number, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String person,
            @RequestParam(required = false) String group, Model model) {
        model.addAttribute("contract", contracts.require(number));
        model.addAttribute("entries", history.of(number, HistoryController.filter(from, to, person, group)).stream()
                .map(entry -> new Row(entry, readable.of(entry.details()))).toList());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("person", person);
        model.addAttribute("group", group);
        return "history";
    }

    @PostMapping("/history/{number}/verify")
    String verify(@PathVariable String number, Model model) {
        model.addAttribute("report", verification.verify(number));
        return history(number, null, null, null, null, model);
    }

    /** One step of the history with what was entered as lines a person reads ("Participants present: 14"). */
    record Row(HistoryEntry entry, List<String> lines) {
    }
}
