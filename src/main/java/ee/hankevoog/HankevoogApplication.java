package ee.hankevoog;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HankevoogApplication {

    public static void main(String[] args) {
        SpringApplication.run(HankevoogApplication.class, withSimulationDefaults(args));
    }

    /**
     * {@code --simulate} runs on its own in-memory database and ports beside a running demo, and drives
     * the engine clock itself, so the job executor and the outbox poller stay off.
     */
    static String[] withSimulationDefaults(String[] args) {
        if (!Arrays.asList(args).contains("--simulate")) {
            return args;
        }
        return Stream.concat(Stream.of("--spring.datasource.url=jdbc:h2:mem:simulation;DB_CLOSE_DELAY=-1",
                "--server.port=0", "--spring.mail.port=2526", "--camunda.bpm.job-execution.enabled=false",
                "--hankevoog.outbox.scheduled=false"), Arrays.stream(args)).toArray(String[]::new);
    }
}
