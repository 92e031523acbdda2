package ee.hankevoog;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.demo.SampleAnswers;
import ee.hankevoog.demo.SampleMaterials;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.process.ContractProcess;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one contract through the real engine: moves the engine clock, runs the jobs that fell due and
 * completes tasks. It touches only its own contract's instances, so tests sharing a database stay apart.
 */
public class ProcessDriver {

    public static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");

    private final ProcessEngine engine;
    private final ContractRegistration registration;
    private final OutboxDispatcher outbox;
    private final SampleMaterials materials;
    private String number;

    public ProcessDriver(ProcessEngine engine, ContractRegistration registration, OutboxDispatcher outbox,
            SampleMaterials materials) {
        this.engine = engine;
        this.registration = registration;
        this.outbox = outbox;
        this.materials = materials;
    }

    public ProcessDriver register(Contract contract) {
        this.number = contract.number();
        registration.register(contract);
        return this;
    }

    /** Drives a contract registered elsewhere, for instance through the API. */
    public ProcessDriver follow(String contractNumber) {
        this.number = contractNumber;
        return this;
    }

    public static void setClock(LocalDateTime localTime) {
        ClockUtil.setCurrentTime(Date.from(localTime.atZone(TALLINN).toInstant()));
    }

    public static void setClock(LocalDate day) {
        setClock(day.atTime(9, 0));
    }

    /** The end of a day, as the engine keeps a task's due date: 23:59:59 in Tallinn. */
    public static Date endOf(String day) {
        return Date.from(LocalDate.parse(day).atTime(23, 59, 59).atZone(TALLINN).toInstant());
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TALLINN);
    }

    public ProcessInstance lifecycle() {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ContractLifecycle").singleResult();
    }

    public List<Task> openTasks() {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .orderByTaskCreateTime().asc().list();
    }

    public List<Task> openTasks(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(taskKey).orderByTaskCreateTime().asc().list();
    }

    public Task openTask(String taskKey) {
        List<Task> tasks = openTasks(taskKey);
        if (tasks.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " of " + number + ", found " + tasks.size());
        }
        return tasks.get(0);
    }

    public Task openTask(String taskKey, String groupCode) {
        return openTasks(taskKey, groupCode).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No open " + taskKey + " for group " + groupCode));
    }

    public List<Task> openTasks(String taskKey, String groupCode) {
        return openTasks(taskKey).stream()
                .filter(task -> groupCode.equals(engine.getTaskService().getVariable(task.getId(), "groupCode")))
                .toList();
    }

    /** Completes a task as its form would; materials are delivered as files, the only way they complete. */
    public void complete(Task task, Map<String, Object> values) {
        if (ContractProcess.Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey())) {
            materials.deliverTo(task.getId());
            return;
        }
        engine.getTaskService().complete(task.getId(), values);
    }

    /** Completes a task as the logged-in user would, so that the engine's authorizations and records apply. */
    public void completeAs(String user, String role, Task task, Map<String, Object> values) {
        engine.getIdentityService().setAuthentication(user, List.of(role));
        try {
            complete(task, values);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The trainers propose the days ({@code proposal}: the date agreement form's values), the officer confirms. */
    public void agreeDates(Map<String, Object> proposal) {
        complete(ContractProcess.Task.AGREE_TRAINING_DATES, proposal);
        complete(ContractProcess.Task.CONFIRM_TRAINING_DATES,
                SampleAnswers.valid(ContractProcess.Task.CONFIRM_TRAINING_DATES, today()));
    }

    public void complete(String taskKey, Map<String, Object> values) {
        complete(openTask(taskKey), values);
    }

    /** Runs this contract's jobs that are due now, and those they make due, until none is left. */
    public int runDueJobs() {
        int executed = 0;
        for (Optional<Job> job = nextJob(true); job.isPresent(); job = nextJob(true)) {
            engine.getManagementService().executeJob(job.get().getId());
            executed++;
        }
        return executed;
    }

    /** Moves the engine clock to this contract's next timer and runs it; empty when no timer is left. */
    public Optional<Date> advanceToNextTimer() {
        Optional<Job> job = nextJob(false);
        job.ifPresent(next -> {
            ClockUtil.setCurrentTime(next.getDuedate());
            runDueJobs();
        });
        return job.map(Job::getDuedate);
    }

    /**
     * Moves the engine clock to this contract's next timer if it is due by {@code limit}, and runs it; otherwise to
     * the limit. Whether a timer ran.
     */
    public boolean advanceToNextTimerBy(LocalDateTime limit) {
        Date until = Date.from(limit.atZone(TALLINN).toInstant());
        Optional<Job> job = nextJob(false).filter(next -> !next.getDuedate().after(until));
        ClockUtil.setCurrentTime(job.map(Job::getDuedate).orElse(until));
        runDueJobs();
        return job.isPresent();
    }

    /** Moves the engine clock timer by timer, reminders included, until a {@code taskKey} task is open. */
    public void advanceUntilOpen(String taskKey) {
        while (openTasks(taskKey).isEmpty()) {
            if (advanceToNextTimer().isEmpty()) {
                throw new AssertionError("No timer left, and no open " + taskKey + " of " + number);
            }
        }
    }

    private Optional<Job> nextJob(boolean dueOnly) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).list()
                .stream()
                .map(ProcessInstance::getId)
                .flatMap(id -> {
                    var query = engine.getManagementService().createJobQuery().processInstanceId(id);
                    return (dueOnly ? query.executable() : query.withRetriesLeft()).list().stream();
                })
                .min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** Delivers every e-mail that is due, batch after batch. */
    public int deliverMail() {
        int delivered = 0;
        for (int batch = outbox.deliverDue(); batch > 0; batch = outbox.deliverDue()) {
            delivered += batch;
        }
        return delivered;
    }

    public String number() {
        return number;
    }
}
