package ee.hankevoog.dashboard.web;

import ee.hankevoog.calendar.TypedDays;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.GroupRescheduling;
import ee.hankevoog.taskform.PersonalCodes;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.ScheduleViolation;
import ee.hankevoog.training.TransitionRefused;
import java.security.Principal;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer moves a group's days from the contract page, saying why: the same change as the API's. */
@Controller
class GroupDaysPages {

    private final ContractLookup contracts;
    private final GroupRescheduling rescheduling;

    GroupDaysPages(ContractLookup contracts, GroupRescheduling rescheduling) {
        this.contracts = contracts;
        this.rescheduling = rescheduling;
    }

    @GetMapping("/contracts/{number}/groups/{code}/days")
    String form(@PathVariable String number, @PathVariable String code, Model model) {
        Contract contract = show(model, number, code, null, false, null);
        model.addAttribute("days", contract.group(code).trainingDates().stream()
                .map(day -> day.format(WorkingDays.ESTONIAN_DATE)).collect(Collectors.joining(", ")));
        return "group-days";
    }

    @PostMapping("/contracts/{number}/groups/{code}/days")
    String move(@PathVariable String number, @PathVariable String code, @RequestParam(required = false) String days,
            @RequestParam(required = false) String reason, @RequestParam(required = false) boolean exceptionConfirmed,
            @RequestParam(required = false) boolean materialsAgain, Principal officer, Model model) {
        String why = reason == null ? "" : reason.strip();
        TypedDays.Typed parsed = TypedDays.parseAll(days);
        String error = parsed.problem().isPresent() ? parsed.problem().get() : why.isEmpty()
                ? "Write why the days move; the trainers, the contact person and the history get it."
                : why.length() > 2000 ? "The reason is longer than 2,000 characters; shorten it."
                : PersonalCodes.containsOne(why) ? "The reason holds an Estonian personal identification code;"
                        + " remove it." : null;
        if (error == null) {
            try {
                rescheduling.reschedule(number, code, parsed.days(), why, exceptionConfirmed,
                        materialsAgain, officer.getName());
                return "redirect:/contracts/" + number + "?daysMoved=" + code;
            } catch (ScheduleRejected rejected) {
                error = rejected.violations().stream().map(ScheduleViolation::message)
                        .collect(Collectors.joining("; ")) + ".";
            } catch (TransitionRefused refused) {
                error = refused.getMessage();
            }
        }
        show(model, number, code, why, exceptionConfirmed, error);
        model.addAttribute("materialsAgain", materialsAgain);
        model.addAttribute("days", days);
        return "group-days";
    }

    private Contract show(Model model, String number, String code, String reason, boolean exceptionConfirmed,
            String error) {
        Contract contract = contracts.requireWithGroup(number, code);
        model.addAttribute("contract", contract);
        model.addAttribute("group", contract.group(code));
        model.addAttribute("reason", reason);
        model.addAttribute("exceptionConfirmed", exceptionConfirmed);
        model.addAttribute("error", error);
        return contract;
    }
}
