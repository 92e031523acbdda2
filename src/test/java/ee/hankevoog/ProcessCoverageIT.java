package ee.hankevoog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every flow node of both models is reached by at least one test: reads what {@link ProcessCoverageRecorder}
 * wrote when the tests finished (the build runs this class after them).
 */
class ProcessCoverageIT {

    static final List<String> PROCESSES = ProcessCoverageRecorder.PROCESSES;

    @ParameterizedTest
    @FieldSource("PROCESSES")
    void everyFlowNodeIsReachedBySomeTest(String processKey) throws IOException {
        Path report = Path.of("target", ProcessCoverageRecorder.file(processKey));
        assertThat(report).as("the coverage the test run records; run the whole suite with mvn verify").exists();
        List<String> lines = Files.readAllLines(report);
        assumeFalse(lines.stream().anyMatch(line -> line.startsWith(ProcessCoverageRecorder.PARTIAL)),
                "only some tests ran (-Dtest), so not every node is expected to be reached");
        assertThat(lines.stream().filter(line -> line.startsWith(ProcessCoverageRecorder.MISSED))
                .map(line -> line.substring(ProcessCoverageRecorder.MISSED.length())))
                .as("flow nodes no test reaches (%s)", lines.get(0)).isEmpty();
    }
}
