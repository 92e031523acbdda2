package ee.hankevoog.training;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.TestContracts;
import ee.hankevoog.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingGroupBlocksTest {

    private final WorkingDays workingDays = new WorkingDays();

    @Test
    void splitsWorkersDayThreeIntoABlockOfItsOwn() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-20", "2026-04-21", "2026-05-25");

        List<TrainingBlock> blocks = group.blocks(workingDays);

        assertThat(blocks).containsExactly(
                new TrainingBlock(0, dates("2026-04-20", "2026-04-21")),
                new TrainingBlock(1, dates("2026-05-25")));
    }

    @Test
    void givesEachLeadersDayABlockOfItsOwn() {
        TrainingGroup group = TestContracts.group("L1", TargetGroup.LEADERS, "Tallinn", 13,
                "2026-04-28", "2026-05-12");

        List<TrainingBlock> blocks = group.blocks(workingDays);

        assertThat(blocks).containsExactly(
                new TrainingBlock(0, dates("2026-04-28")),
                new TrainingBlock(1, dates("2026-05-12")));
    }

    @Test
    void keepsFridayAndMondayInOneBlock() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-17", "2026-04-20", "2026-05-18");

        List<TrainingBlock> blocks = group.blocks(workingDays);

        assertThat(blocks).containsExactly(
                new TrainingBlock(0, dates("2026-04-17", "2026-04-20")),
                new TrainingBlock(1, dates("2026-05-18")));
    }

    @Test
    void keepsDaysOnEitherSideOfGoodFridayInOneBlock() {
        TrainingGroup group = TestContracts.group("W1", TargetGroup.WORKERS, "Tallinn", 20,
                "2026-04-02", "2026-04-06", "2026-04-20");

        List<TrainingBlock> blocks = group.blocks(workingDays);

        assertThat(blocks).containsExactly(
                new TrainingBlock(0, dates("2026-04-02", "2026-04-06")),
                new TrainingBlock(1, dates("2026-04-20")));
    }

    private static List<LocalDate> dates(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
