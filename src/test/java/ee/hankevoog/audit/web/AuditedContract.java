package ee.hankevoog.audit.web;

import static ee.hankevoog.ProcessDriver.setClock;
import static ee.hankevoog.process.ContractProcess.Task.ACCEPT_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.AGREE_TRAINING_DATES;
import static ee.hankevoog.process.ContractProcess.Task.CONFIRM_TRAINING_DATES;
import static ee.hankevoog.process.ContractProcess.Task.PREPARE_HANDOVER_ACT;
import static ee.hankevoog.process.ContractProcess.Task.RECORD_TRAINING_DAY;
import static ee.hankevoog.process.ContractProcess.Task.SEND_MATERIALS;
import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.ApiClient;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TaskValues;
import ee.hankevoog.contract.web.ContractJson;
import ee.hankevoog.security.Roles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * A contract of {@link ContractJson#valid}, registered by an officer over HTTP and worked on by the people the
 * tasks belong to, each logged in to the engine while they complete their task.
 */
final class AuditedContract {

    static final LocalDateTime HANDOVER_ACCEPTED_AT = LocalDateTime.parse("2026-05-27T11:30");
    private static final List<String> W1_DAYS = List.of("2026-04-20", "2026-04-21", "2026-05-25");

    final String number = "AU-" + UUID.randomUUID();
    private final ProcessEngine engine;
    private final ProcessDriver driver;
    private final int port;

    AuditedContract(int port, ProcessEngine engine, ProcessDriver driver) {
        this.engine = engine;
        this.port = port;
        setClock(LocalDateTime.parse("2026-03-16T09:00"));
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts", ContractJson.valid(number)).status())
                .isEqualTo(201);
        this.driver = driver.follow(number);
    }

    /** Dates proposed by the trainer and confirmed by the officer. */
    AuditedContract agreedAndEnrolled() {
        setClock(LocalDateTime.parse("2026-03-17T10:00"));
        asTrainer(driver.openTask(AGREE_TRAINING_DATES), Map.of());
        asOfficer(driver.openTask(CONFIRM_TRAINING_DATES), Map.of("datesConfirmed", true));
        return this;
    }

    /**
     * W1's materials and three training days, then its handover act prepared and accepted; L1 cancelled in
     * between, and the trainers told by e-mail.
     */
    AuditedContract throughTheW1Handover() {
        agreedAndEnrolled();
        setClock(LocalDateTime.parse("2026-03-20T10:00"));
        driver.openTasks(SEND_MATERIALS, "W1").forEach(task -> asTrainer(task, TaskValues.valid(SEND_MATERIALS)));
        setClock(LocalDateTime.parse("2026-04-10T09:00"));
        assertThat(ApiClient.as(ApiClient.OFFICER, port).post("/api/contracts/" + number + "/groups/L1/cancellation",
                """
                {"reason": "Liiga vähe registreerunuid, vaid 4 / too few registrants, only 4",
                 "registeredParticipants": 4}
                """).status()).isEqualTo(200);
        driver.deliverMail();
        for (String day : W1_DAYS) {
            setClock(LocalDate.parse(day).atTime(8, 0));
            driver.runDueJobs();
            setClock(LocalDate.parse(day).atTime(16, 0));
            asTrainer(driver.openTask(RECORD_TRAINING_DAY, "W1"), TaskValues.valid(RECORD_TRAINING_DAY));
        }
        setClock(LocalDateTime.parse("2026-05-26T10:00"));
        asTrainer(driver.openTask(PREPARE_HANDOVER_ACT, "W1"), TaskValues.valid(PREPARE_HANDOVER_ACT));
        setClock(HANDOVER_ACCEPTED_AT);
        asOfficer(driver.openTask(ACCEPT_HANDOVER_ACT, "W1"), TaskValues.valid(ACCEPT_HANDOVER_ACT));
        return this;
    }

    private void asTrainer(Task task, Map<String, Object> values) {
        driver.completeAs(ApiClient.TRAINER, Roles.TRAINERS, task, values);
    }

    private void asOfficer(Task task, Map<String, Object> values) {
        driver.completeAs(ApiClient.OFFICER, Roles.OFFICERS, task, values);
    }
}
