package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.taskform.CompletionRefused;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contract from the Tasklist start form (its values already checked against their field types), where trainers and groups are typed one a line:
 * {@code Tiit Tamm <tiit@example.ee> (tiit)} and {@code W1; WORKERS; Tallinn; 15; 20; 2026-04-20 2026-04-21 2026-05-25}.
 */
final class StartFormContract {

    static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern TRAINER = Pattern.compile(
            "\\s*(.+?)\\s*<\\s*([^>]+?)\\s*>\\s*(?:\\(\\s*([A-Za-z0-9]+)\\s*\\)\\s*)?");
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Za-z0-9_-]{1,20}");

    private StartFormContract() {
    }

    static Contract read(Map<String, Object> form) {
        String number = text(form, Var.CONTRACT_NUMBER).strip();
        if (!NUMBER.matcher(number).matches()) {
            throw refused(Var.CONTRACT_NUMBER, "may hold letters, digits and . _ - only (at most 64), starting with"
                    + " a letter or digit");
        }
        String contactEmail = text(form, "contactEmail").strip();
        if (!EMAIL.matcher(contactEmail).matches()) {
            throw refused("contactEmail", "must be an e-mail address like mari@example.ee");
        }
        return new Contract(number, text(form, "title").strip(), LocalDate.parse(text(form, "signedOn")),
                new Person(text(form, "contactName").strip(), contactEmail), trainers(text(form, "trainers")),
                groups(text(form, "groups")));
    }

    private static List<Trainer> trainers(String text) {
        List<Trainer> trainers = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher trainer = TRAINER.matcher(line);
            if (!trainer.matches() || !EMAIL.matcher(trainer.group(2)).matches()) {
                throw refused("trainers", "write one trainer a line as 'Name <email>', with their user id in"
                        + " brackets when they have one, for example 'Tiit Tamm <tiit@example.ee> (tiit)'; this line"
                        + " is not: '" + line.strip() + "'");
            }
            trainers.add(new Trainer(trainer.group(1), trainer.group(2), trainer.group(3)));
        }
        if (trainers.isEmpty()) {
            throw refused("trainers", "name at least one trainer");
        }
        return trainers;
    }

    private static List<TrainingGroup> groups(String text) {
        List<TrainingGroup> groups = new ArrayList<>();
        for (String line : lines(text)) {
            String[] parts = line.split(";");
            if (parts.length < 5 || parts.length > 6) {
                throw refused("groups", "write one group a line as 'CODE; WORKERS or LEADERS; place; participant"
                        + " limit; academic hours; days (optional)'; this line has " + parts.length + " parts: '"
                        + line.strip() + "'");
            }
            String code = parts[0].strip();
            if (!GROUP_CODE.matcher(code).matches()) {
                throw refused("groups", "a group code holds letters, digits, _ and - only; got '" + code + "'");
            }
            if (groups.stream().anyMatch(group -> group.code().equals(code))) {
                throw refused("groups", "group " + code + " is given twice; give each group its own code");
            }
            groups.add(new TrainingGroup(code, targetGroup(code, parts[1]), parts[2].strip(),
                    whole(code, "participant limit", parts[3]), whole(code, "academic hours", parts[4]),
                    parts.length == 6 ? days(code, parts[5]) : List.of()));
        }
        if (groups.isEmpty()) {
            throw refused("groups", "name at least one training group");
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
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the same message as an out-of-range number
        }
        throw refused("groups", "group " + code + ": the " + what + " is a whole number from 1 to 1000, got '"
                + text.strip() + "'");
    }

    private static List<TrainingDay> days(String code, String text) {
        try {
            return Arrays.stream(text.strip().split("[,\\s]+")).filter(day -> !day.isBlank())
                    .map(LocalDate::parse).map(TrainingDay::new).toList();
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
