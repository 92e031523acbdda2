package ee.hankevoog;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.Person;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The reference contract of seed 001 with the dates of the SPEC's examples, signed 16 March 2026. */
public final class TestContracts {

    public static final LocalDate SIGNED_ON = LocalDate.parse("2026-03-16");
    public static final String TRAINER_EMAIL = "tiit@example.ee";
    public static final String OFFICER_EMAIL = "mari@example.ee";

    private TestContracts() {
    }

    public static Contract reference(String number) {
        return new Contract(number, "Kovisioon lastekaitses", SIGNED_ON, new Person("Mari Maasikas", OFFICER_EMAIL),
                List.of(new Trainer("Tiit Tamm", TRAINER_EMAIL, null), new Trainer("Kati Kask", "kati@example.ee", null)),
                List.of(group("W1", TargetGroup.WORKERS, "Tallinn", 20, "2026-04-20", "2026-04-21", "2026-05-25"),
                        group("L1", TargetGroup.LEADERS, "Tallinn", 13, "2026-04-28", "2026-05-12"),
                        group("W2", TargetGroup.WORKERS, "Tartu", 20, "2026-10-12", "2026-10-13", "2026-11-16"),
                        group("L2", TargetGroup.LEADERS, "Tallinn", 13, "2026-10-20", "2026-11-03")));
    }

    public static TrainingGroup group(String code, TargetGroup target, String place, int hours, String... days) {
        return new TrainingGroup(code, target, place, 15, hours,
                Arrays.stream(days).map(LocalDate::parse).map(TrainingDay::planned).toList());
    }
}
