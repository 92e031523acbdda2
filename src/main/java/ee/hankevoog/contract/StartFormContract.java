package ee.hankevoog.contract;

import ee.hankevoog.contract.NewContract.GroupRequest;
import ee.hankevoog.contract.NewContract.PersonRequest;
import ee.hankevoog.contract.NewContract.TrainerRequest;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contract from the Tasklist start form, where trainers and groups are typed one a line:
 * {@code Tiit Tamm <tiit@example.ee> (tiit)} and {@code W1; WORKERS; Tallinn; 15; 20; 2026-04-20 2026-04-21}.
 * This reader only takes the lines apart; what a contract must carry is {@link NewContract}'s rules, the same
 * the API checks, and each broken rule is refused under the form field that holds the value.
 */
final class StartFormContract {

    private static final Pattern TRAINER = Pattern.compile(
            "\\s*(.+?)\\s*<\\s*([^>]+?)\\s*>\\s*(?:\\(\\s*([^)]*?)\\s*\\)\\s*)?");
    private static final Map<String, String> FORM_FIELDS = Map.of("number", Var.CONTRACT_NUMBER,
            "customerContact.name", "contactName", "customerContact.email", "contactEmail", "groupCodesUnique",
            "groups");

    private StartFormContract() {
    }

    static Contract read(Map<String, Object> form, Validator validator) {
        NewContract contract = new NewContract(text(form, Var.CONTRACT_NUMBER).strip(), text(form, "title"),
                LocalDate.parse(text(form, "signedOn")), new PersonRequest(text(form, "contactName"),
                text(form, "contactEmail").strip()), trainers(text(form, "trainers")), groups(text(form, "groups")),
                "BLOCK".equals(form.get("materialsDue")) ? MaterialsDue.BLOCK : MaterialsDue.TRAINING, null, null,
                null);
        Set<ConstraintViolation<NewContract>> broken = validator.validate(contract);
        if (!broken.isEmpty()) {
            ConstraintViolation<NewContract> first = broken.stream()
                    .min(Comparator.comparing(violation -> violation.getPropertyPath().toString())).orElseThrow();
            String path = first.getPropertyPath().toString();
            throw refused(formField(path), path + " " + first.getMessage());
        }
        return contract.toContract();
    }

    /** The form field that holds a value of the contract: trainers and groups are one text field each. */
    private static String formField(String path) {
        String top = path.replaceAll("\\[.*", "").replaceAll("\\..*", "");
        return FORM_FIELDS.getOrDefault(path, FORM_FIELDS.getOrDefault(top, top));
    }

    private static List<TrainerRequest> trainers(String text) {
        List<TrainerRequest> trainers = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher trainer = TRAINER.matcher(line);
            if (!trainer.matches()) {
                throw refused("trainers", "write one trainer a line as 'Name <email>', with their user id in"
                        + " brackets when they have one, for example 'Tiit Tamm <tiit@example.ee> (tiit)'; this line"
                        + " is not: '" + line.strip() + "'");
            }
            trainers.add(new TrainerRequest(trainer.group(1), trainer.group(2), trainer.group(3)));
        }
        return trainers;
    }

    private static List<GroupRequest> groups(String text) {
        List<GroupRequest> groups = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(";");
            if (parts.length < 5 || parts.length > 6) {
                throw refused("groups", "write one group a line as 'CODE; WORKERS or LEADERS; place; participant"
                        + " limit; academic hours; days (optional)'; this line has " + parts.length + " parts: '"
                        + line.strip() + "'");
            }
            String code = parts[0].strip();
            groups.add(new GroupRequest(code, targetGroup(code, parts[1]), parts[2].strip(),
                    whole(code, "participant limit", parts[3]), whole(code, "academic hours", parts[4]),
                    parts.length == 6 ? days(code, parts[5]) : List.of()));
        }
        return groups;
    }

    private static TargetGroup targetGroup(String code, String text) {
        try {
            return TargetGroup.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("groups", "group " + code + ": the target group is WORKERS or LEADERS, got '"
                    + text.strip() + "'");
        }
    }

    private static int whole(String code, String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw refused("groups", "group " + code + ": the " + what + " is a whole number, got '" + text.strip()
                    + "'");
        }
    }

    private static List<LocalDate> days(String code, String text) {
        try {
            return Arrays.stream(text.strip().split("[,\\s]+")).filter(day -> !day.isBlank())
                    .map(LocalDate::parse).toList();
        } catch (java.time.format.DateTimeParseException e) {
            throw refused("groups", "group " + code + ": write days as YYYY-MM-DD separated by spaces, got '"
                    + text.strip() + "'");
        }
    }

    private static List<String> lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }

    private static String text(Map<String, Object> form, String key) {
        return String.valueOf(form.get(key));
    }

    private static CompletionRefused refused(String field, String problem) {
        return new CompletionRefused(field, "Field '" + field + "': " + problem + ".");
    }
}
