package ee.hankevoog.contract.web;

import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.DuplicateContract;
import ee.hankevoog.contract.NewContract;
import ee.hankevoog.contract.NewContract.GroupRequest;
import ee.hankevoog.contract.NewContract.PersonRequest;
import ee.hankevoog.contract.NewContract.TrainerRequest;
import ee.hankevoog.contract.UnknownTrainerAccount;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.ScheduleViolation;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An officer registers a signed contract in Hankevoog's own page: trainers and groups as rows, days with date
 * pickers. The same rules as the API and the Tasklist start form ({@link NewContract}); every problem is listed at
 * once and what was typed stays in the form.
 */
@Controller
class NewContractPage {

    static final int TRAINER_ROWS = 3;
    static final int GROUP_ROWS = 6;
    static final int DAYS_PER_GROUP = 3;

    private final ContractRegistration registration;
    private final Validator validator;

    NewContractPage(ContractRegistration registration, Validator validator) {
        this.registration = registration;
        this.validator = validator;
    }

    @GetMapping("/contracts/new")
    String form(Model model) {
        return show(Map.of(), List.of(), model);
    }

    @PostMapping("/contracts/new")
    String register(@RequestParam Map<String, String> form, Model model) {
        List<String> problems = new ArrayList<>();
        NewContract request = read(form, problems);
        validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(NewContractPage::problem).forEach(problems::add);
        if (problems.isEmpty()) {
            try {
                return "redirect:/contracts/" + registration.register(request.toContract()).number();
            } catch (ScheduleRejected rejected) {
                rejected.violations().stream().map(ScheduleViolation::message).forEach(problems::add);
            } catch (DuplicateContract | UnknownTrainerAccount refused) {
                problems.add(refused.getMessage());
            }
        }
        return show(form, problems, model);
    }

    private String show(Map<String, String> form, List<String> problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("trainerRows", IntStream.range(0, TRAINER_ROWS).boxed().toList());
        model.addAttribute("groupRows", IntStream.range(0, GROUP_ROWS).boxed().toList());
        model.addAttribute("dayColumns", IntStream.range(0, DAYS_PER_GROUP).boxed().toList());
        model.addAttribute("targets", TargetGroup.values());
        return "new-contract";
    }

    private static NewContract read(Map<String, String> form, List<String> problems) {
        List<TrainerRequest> trainers = new ArrayList<>();
        for (int row = 0; row < TRAINER_ROWS; row++) {
            String name = text(form, "trainerName" + row);
            String email = text(form, "trainerEmail" + row);
            String user = text(form, "trainerUser" + row);
            if (name != null || email != null || user != null) {
                trainers.add(new TrainerRequest(name, email, user));
            }
        }
        List<GroupRequest> groups = new ArrayList<>();
        for (int row = 0; row < GROUP_ROWS; row++) {
            String code = text(form, "groupCode" + row);
            String place = text(form, "groupPlace" + row);
            List<LocalDate> days = new ArrayList<>();
            for (int day = 0; day < DAYS_PER_GROUP; day++) {
                LocalDate date = date(form, "groupDay" + row + "_" + day, "Group " + (row + 1) + ", day " + (day + 1),
                        problems);
                if (date != null) {
                    days.add(date);
                }
            }
            if (code == null && place == null && days.isEmpty()) {
                continue;
            }
            groups.add(new GroupRequest(code, target(form, "groupTarget" + row, problems), place,
                    number(form, "groupLimit" + row, "Group " + (row + 1) + ", participant limit", problems),
                    number(form, "groupHours" + row, "Group " + (row + 1) + ", academic hours", problems), days));
        }
        return new NewContract(text(form, "number"), text(form, "title"),
                date(form, "signedOn", "Signing date", problems),
                new PersonRequest(text(form, "contactName"), text(form, "contactEmail")), trainers, groups,
                "BLOCK".equals(form.get("materialsDue")) ? MaterialsDue.BLOCK : MaterialsDue.TRAINING, null, null, null);
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(Map<String, String> form, String name, String label, List<String> problems) {
        String value = text(form, name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(label + ": '" + value + "' is not a date; pick one in the calendar");
            return null;
        }
    }

    private static TargetGroup target(Map<String, String> form, String name, List<String> problems) {
        String value = text(form, name);
        try {
            return value == null ? null : TargetGroup.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add("Target group: '" + value + "' is none of " + List.of(TargetGroup.values()));
            return null;
        }
    }

    private static Integer number(Map<String, String> form, String name, String label, List<String> problems) {
        String value = text(form, name);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(label + ": '" + value + "' is not a whole number");
            return null;
        }
    }

    /** "groups[1].place must not be blank" as a person reads it: "Group 2, place: must not be blank". */
    private static String problem(ConstraintViolation<NewContract> violation) {
        String path = violation.getPropertyPath().toString()
                .replaceAll("groups\\[(\\d+)]", "Group $1")
                .replaceAll("trainers\\[(\\d+)]", "Trainer $1")
                .replace("customerContact", "Contact person");
        return renumber(path).replace('.', ',').replace(",", ", ") + ": " + violation.getMessage();
    }

    /** Rows are counted from one, as people count them. */
    private static String renumber(String path) {
        Matcher index = Pattern.compile("(Group|Trainer) (\\d+)").matcher(path);
        StringBuilder counted = new StringBuilder();
        while (index.find()) {
            index.appendReplacement(counted, index.group(1) + " " + (Integer.parseInt(index.group(2)) + 1));
        }
        return index.appendTail(counted).toString();
    }
}
