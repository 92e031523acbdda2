package ee.hankevoog.demo;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.Person;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

/**
 * Contract 001 of the seeds, "Kovisioon – võimalus ja tööriist lastekaitse juhtumites", signed on the given
 * day: four groups, the first ones in April–May and the second ones in October–November of the next
 * training year, on days that keep every schedule rule.
 */
public final class ReferenceContract {

    public static final String NUMBER = "KOV-001";
    /** The demo's trainer, named on the contract by user id: the only way an account is linked to a contract. */
    public static final String TRAINER_USER = "tiit";

    private ReferenceContract() {
    }

    public static Contract signedOn(LocalDate signedOn, WorkingDays workingDays) {
        return signedOn(NUMBER, signedOn, workingDays, TRAINER_USER);
    }

    /** @param trainerUser the trainer's Camunda user, or null where they have none */
    public static Contract signedOn(String number, LocalDate signedOn, WorkingDays workingDays, String trainerUser) {
        int year = signedOn.plusDays(60).isAfter(LocalDate.of(signedOn.getYear(), Month.APRIL, 1))
                ? signedOn.getYear() + 1 : signedOn.getYear();
        LocalDate spring = mondayOnOrAfter(LocalDate.of(year, Month.APRIL, 13), workingDays);
        LocalDate autumn = mondayOnOrAfter(LocalDate.of(year, Month.OCTOBER, 5), workingDays);
        return new Contract(number, "Kovisioon – võimalus ja tööriist lastekaitse juhtumites", signedOn,
                new Person("Mari Maasikas", "mari@example.ee"),
                List.of(new Trainer("Tiit Tamm", "tiit@example.ee", trainerUser)),
                List.of(workers("W1", "Tallinn", spring, workingDays),
                        leaders("L1", "Tallinn", spring.plusDays(8), workingDays),
                        workers("W2", "Tartu", autumn, workingDays),
                        leaders("L2", "Tallinn", autumn.plusDays(8), workingDays)));
    }

    private static TrainingGroup workers(String code, String place, LocalDate first, WorkingDays workingDays) {
        LocalDate second = workingDays.nextWorkingDayAfter(first);
        LocalDate third = workingDayOnOrAfter(first.plusDays(35), workingDays);
        return new TrainingGroup(code, TargetGroup.WORKERS, place, 15, 20, days(first, second, third));
    }

    private static TrainingGroup leaders(String code, String place, LocalDate from, WorkingDays workingDays) {
        LocalDate first = workingDayOnOrAfter(from, workingDays);
        LocalDate second = workingDayOnOrAfter(first.plusDays(14), workingDays);
        return new TrainingGroup(code, TargetGroup.LEADERS, place, 15, 13, days(first, second));
    }

    private static LocalDate mondayOnOrAfter(LocalDate day, WorkingDays workingDays) {
        LocalDate monday = day;
        while (monday.getDayOfWeek() != DayOfWeek.MONDAY || !workingDays.isWorkingDay(monday)) {
            monday = monday.plusDays(1);
        }
        return monday;
    }

    private static LocalDate workingDayOnOrAfter(LocalDate day, WorkingDays workingDays) {
        return workingDays.isWorkingDay(day) ? day : workingDays.nextWorkingDayAfter(day);
    }

    private static List<TrainingDay> days(LocalDate... days) {
        return Arrays.stream(days).map(TrainingDay::planned).toList();
    }
}
