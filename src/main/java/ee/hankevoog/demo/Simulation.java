package ee.hankevoog.demo;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.contract.GroupRescheduling;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.contract.TrainerChange;
import ee.hankevoog.notification.OutboxDispatcher;
import ee.hankevoog.participant.AssessmentRecords;
import ee.hankevoog.participant.AttendanceRecords;
import ee.hankevoog.participant.Participant;
import ee.hankevoog.participant.RosterImport;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.security.Roles;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * Drives the reference contract from signing to closing on the engine's virtual clock. People answer each
 * task a day before it is due, so reminders go out; W2's materials come a day late, so an
 * escalation goes out too. The contract changes as real ones do: a second trainer joins after the spring groups,
 * W2's days move six weeks ahead of it, L2 is cancelled three weeks before its first day, and W2's first day is
 * lost to illness and given a new date. Each group's invented roster is ticked on its days like a trainer would,
 * one person missing a day and one failing the assessment. The product's demo, and the driver the benchmark reuses.
 */
@Component
public class Simulation {

    static final String OFFICER = "mari";
    /** A group's invented roster: its last person misses the second day, its first fails the assessment. */
    static final int PEOPLE = 14;
    /** The tasks whose answers depend on the contract, group or day their form shows; the rest have set answers. */
    private static final Set<String> ANSWERED_FROM_FORM = Set.of(Task.RECORD_TRAINING_DAY, Task.MOVE_DAY_NOT_HELD,
            Task.PREPARE_HANDOVER_ACT);

    private final ProcessEngine engine;
    private final ContractRegistration registration;
    private final OutboxDispatcher outbox;
    private final WorkingDays workingDays;
    private final EngineClock clock;
    private final SampleMaterials materials;
    private final TrainerChange trainerChange;
    private final GroupRescheduling rescheduling;
    private final GroupCancellation cancellation;
    private final ContractLookup contracts;
    private final RosterImport rosters;
    private final AttendanceRecords attendance;
    private final AssessmentRecords assessment;
    /** The contracts whose lost day was lost already: once is enough. */
    private final Set<String> dayLost = ConcurrentHashMap.newKeySet();

    Simulation(ProcessEngine engine, ContractRegistration registration, OutboxDispatcher outbox,
            WorkingDays workingDays, EngineClock clock, SampleMaterials materials, TrainerChange trainerChange,
            GroupRescheduling rescheduling, GroupCancellation cancellation, ContractLookup contracts,
            RosterImport rosters, AttendanceRecords attendance, AssessmentRecords assessment) {
        this.rosters = rosters;
        this.attendance = attendance;
        this.assessment = assessment;
        this.trainerChange = trainerChange;
        this.rescheduling = rescheduling;
        this.cancellation = cancellation;
        this.contracts = contracts;
        this.engine = engine;
        this.registration = registration;
        this.outbox = outbox;
        this.workingDays = workingDays;
        this.clock = clock;
        this.materials = materials;
    }

    public Report run(String number, LocalDate signedOn) {
        return run(number, signedOn, null);
    }

    /**
     * Drives the contract until it closes or, when {@code until} is given, until nothing more happens before
     * that moment: the benchmark leaves most of its contracts part-way through their lifecycle like this.
     */
    public Report run(String number, LocalDate signedOn, Date until) {
        return run(number, signedOn, until, trainerUser());
    }

    /** @param trainerUser the account of the contract's trainer (the benchmark gives its trainers theirs), or null */
    public Report run(String number, LocalDate signedOn, Date until, String trainerUser) {
        long started = System.nanoTime();
        ClockUtil.setCurrentTime(clock.at(signedOn, LocalTime.of(9, 0)));
        Contract reference = ReferenceContract.signedOn(number, signedOn, workingDays, trainerUser);
        registration.register(reference);
        reference.groups().forEach(group -> rosters.importRoster(number, group.code(),
                InventedRoster.of(group.code(), PEOPLE)));
        // the autumn workers' group delivers its materials late: the last group is cancelled before its are due
        String lateGroup = "W2";
        String root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ContractProcess.LIFECYCLE).singleResult().getId();
        NavigableMap<Date, Runnable> changes = changes(reference);
        // a task is answered when worked out on first sight, from its due date
        Map<String, Date> answerTimes = new HashMap<>();
        int tasks = 0;
        int jobs = 0;
        int mails = 0;
        while (true) {
            List<org.camunda.bpm.engine.task.Task> open = engine.getTaskService().createTaskQuery()
                    .processInstanceBusinessKey(number).orderByTaskCreateTime().asc().list();
            // an open task is the contract's, whose instances end with its lifecycle: it runs still
            if (open.isEmpty() && !running(number)) {
                break;
            }
            Date now = ClockUtil.getCurrentTime();
            Function<org.camunda.bpm.engine.task.Task, Date> answerAt = task -> answerTimes
                    .computeIfAbsent(task.getId(), id -> answerAt(task, lateGroup));
            Optional<org.camunda.bpm.engine.task.Task> answerNow = open.stream()
                    .filter(task -> !answerAt.apply(task).after(now)).findFirst();
            if (!changes.isEmpty() && !changes.firstKey().after(now)) {
                changes.pollFirstEntry().getValue().run();
            } else if (answerNow.isPresent()) {
                answer(answerNow.get());
                tasks++;
            } else {
                // what the steps so far queued goes out before the clock moves on, in one round as the outbox's poll
                mails += outbox.deliverDue();
                Optional<Date> next = Optional.ofNullable(nextJob(root).map(Job::getDuedate).orElse(null));
                Optional<Date> nextAnswer = open.stream().map(answerAt).min(Comparator.naturalOrder());
                Date then = earliest(earliest(next, nextAnswer), Optional.ofNullable(
                        changes.isEmpty() ? null : changes.firstKey()))
                        .orElseThrow(() -> new IllegalStateException("Contract " + number + " is stuck"));
                if (until != null && then.after(until)) {
                    ClockUtil.setCurrentTime(until.after(now) ? until : now);
                    break;
                }
                ClockUtil.setCurrentTime(then.after(now) ? then : now);
                jobs += runDueJobs(root);
            }
        }
        mails += outbox.deliverDue();
        if (!running(number)) {
            dayLost.remove(number);
        }
        return new Report(number, signedOn, clock.today(), tasks, jobs, mails,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** One change of each kind, at its moment on the contract's own calendar. */
    private NavigableMap<Date, Runnable> changes(Contract reference) {
        String number = reference.number();
        NavigableMap<Date, Runnable> changes = new TreeMap<>();
        TrainingGroup l1 = reference.group("L1");
        TrainingGroup w2 = reference.group("W2");
        TrainingGroup l2 = reference.group("L2");
        changes.put(at(l1.lastDay().plusDays(14)), () -> trainerChange.change(number,
                List.of(reference.trainers().get(0), new Trainer("Kati Kask", "kati@example.ee", null)),
                "Teine koolitaja sügiseks / a second trainer for the autumn", OFFICER));
        changes.put(at(w2.firstDay().minusWeeks(6)), () -> rescheduling.reschedule(number, "W2",
                weekLater(contracts.require(number), w2), "Ruum on remondis / the room is being renovated", false,
                false, OFFICER));
        changes.put(at(l2.firstDay().minusWeeks(3)), () -> cancellation.cancel(number, "L2",
                "Liiga vähe registreerunuid / too few registrants", 6, OFFICER));
        return changes;
    }

    /** The group's days a week or more later, as the first whole-week shift that keeps every rule. */
    private List<LocalDate> weekLater(Contract contract, TrainingGroup group) {
        for (int weeks = 1; weeks < 6; weeks++) {
            int shift = weeks;
            List<LocalDate> days = group.trainingDates().stream().map(day -> day.plusWeeks(shift)).toList();
            TrainingGroup moved = new TrainingGroup(group.code(), group.targetGroup(), group.place(),
                    group.participantLimit(), group.academicHours(), days.stream().map(TrainingDay::planned).toList());
            if (moved.scheduleViolations(contract.signedOn(), clock.today(), workingDays).isEmpty()) {
                return days;
            }
        }
        return group.trainingDates();
    }

    private Date at(LocalDate day) {
        return clock.at(day, LocalTime.of(10, 0));
    }

    /** The demo's trainer where that user exists (the demo, the benchmark); elsewhere the trainer has no account. */
    private String trainerUser() {
        return engine.getIdentityService().createUserQuery().userId(ReferenceContract.TRAINER_USER)
                .memberOfGroup(Roles.TRAINERS).count() > 0 ? ReferenceContract.TRAINER_USER : null;
    }

    /** When someone answers a task: at once, a day before it is due, or (the last group's materials) a day late. */
    private Date answerAt(org.camunda.bpm.engine.task.Task task, String lateGroup) {
        Date due = task.getDueDate();
        if (due == null || Task.RECORD_TRAINING_DAY.equals(task.getTaskDefinitionKey())) {
            return task.getCreateTime();
        }
        boolean late = Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey())
                && lateGroup.equals(engine.getTaskService().getVariable(task.getId(), "groupCode"));
        Date answer = new Date(due.getTime() + Duration.ofHours(late ? 13 : -24).toMillis());
        return answer.before(task.getCreateTime()) ? task.getCreateTime() : answer;
    }

    /** Answers as the officer, or as the trainer the task is offered to; unoffered tasks as the system. */
    private void answer(org.camunda.bpm.engine.task.Task task) {
        List<IdentityLink> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId());
        boolean officers = candidates.stream().map(IdentityLink::getGroupId).anyMatch(Roles.OFFICERS::equals);
        Optional<String> trainer = candidates.stream().map(IdentityLink::getUserId).filter(Objects::nonNull)
                .findFirst();
        if (officers) {
            engine.getIdentityService().setAuthentication(OFFICER, List.of(Roles.OFFICERS));
        } else {
            trainer.ifPresent(user -> engine.getIdentityService().setAuthentication(user, List.of(Roles.TRAINERS)));
        }
        try {
            if (Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey())) {
                materials.deliverTo(task.getId());
                return;
            }
            // what the task's form shows, read once, where the answer depends on it
            Map<String, Object> shown = ANSWERED_FROM_FORM.contains(task.getTaskDefinitionKey())
                    ? engine.getTaskService().getVariables(task.getId(), List.of("contractNumber", "groupCode",
                            "dayIndex"))
                    : Map.of();
            TaskView view = new TaskView(task, shown);
            Map<String, Object> answers = answers(view);
            if (Task.RECORD_TRAINING_DAY.equals(task.getTaskDefinitionKey()) && !answers.containsKey("dayNotHeld")) {
                recordAttendance(view);
            } else if (Task.PREPARE_HANDOVER_ACT.equals(task.getTaskDefinitionKey())) {
                recordAssessment(view);
            }
            engine.getTaskService().complete(task.getId(), answers);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** The form's answers; W2's first day is not held, and the officer gives it the day after its second. */
    private Map<String, Object> answers(TaskView view) {
        String key = view.task().getTaskDefinitionKey();
        if (Task.RECORD_TRAINING_DAY.equals(key) && "W2".equals(view.group())
                && Integer.valueOf(0).equals(view.dayIndex()) && dayLost.add(view.number())) {
            return Map.of("dayNotHeld", true, "notHeldReason", "Koolitaja haige / the trainer is ill");
        }
        if (Task.MOVE_DAY_NOT_HELD.equals(key)) {
            List<LocalDate> days = contracts.require(view.number()).group(view.group()).trainingDates();
            return Map.of("newDay", workingDays.nextWorkingDayAfter(days.get(1)).toString(), "reason",
                    "Koolitaja haige / the trainer is ill");
        }
        return SampleAnswers.valid(key, clock.today());
    }

    /** The trainer ticks the day's names: everyone present and signed, but the last person on the second day. */
    private void recordAttendance(TaskView view) {
        String group = view.group();
        int dayIndex = view.dayIndex();
        LocalDate day = contracts.require(view.number()).group(group).trainingDates().get(dayIndex);
        List<String> ids = rosters.of(view.number(), group).stream().map(Participant::juhanId).toList();
        Set<String> present = new HashSet<>(ids);
        if (dayIndex == 1) {
            present.remove("DEMO-" + group + "-" + PEOPLE);
        }
        attendance.record(view.number(), group, day, present, Set.copyOf(ids));
    }

    private void recordAssessment(TaskView view) {
        String group = view.group();
        Set<String> passed = rosters.of(view.number(), group).stream().map(Participant::juhanId)
                .collect(Collectors.toCollection(HashSet::new));
        String failed = "DEMO-" + group + "-1";
        passed.remove(failed);
        assessment.record(view.number(), group, passed, Set.of(failed));
    }

    /** A task with the variables its form shows. */
    private record TaskView(org.camunda.bpm.engine.task.Task task, Map<String, Object> variables) {

        String number() {
            return (String) variables.get("contractNumber");
        }

        String group() {
            return (String) variables.get("groupCode");
        }

        Integer dayIndex() {
            return (Integer) variables.get("dayIndex");
        }
    }

    private static Optional<Date> earliest(Optional<Date> a, Optional<Date> b) {
        return Stream.of(a, b).flatMap(Optional::stream).min(Comparator.naturalOrder());
    }

    private int runDueJobs(String root) {
        int executed = 0;
        for (Optional<Job> job = dueJob(root); job.isPresent(); job = dueJob(root)) {
            engine.getManagementService().executeJob(job.get().getId());
            executed++;
        }
        return executed;
    }

    private Optional<Job> dueJob(String root) {
        return nextJob(root)
                .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()));
    }

    /** The contract's next job, in its lifecycle or in any group's instance it called. */
    private Optional<Job> nextJob(String root) {
        return engine.getManagementService().createJobQuery().rootProcessInstanceId(root).withRetriesLeft().list()
                .stream().min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private boolean running(String number) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey(ContractProcess.LIFECYCLE).count() > 0;
    }

    /** What one simulated contract took. */
    public record Report(String contract, LocalDate signedOn, LocalDate closedOn, int tasksCompleted,
            int jobsExecuted, int emailsSent, Duration elapsed) {
    }
}
