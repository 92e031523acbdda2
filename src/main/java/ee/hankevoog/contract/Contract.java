package ee.hankevoog.contract;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.ScheduleViolation;
import ee.hankevoog.training.TrainingBlock;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.training.TransitionRefused;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A signed training-service contract: its parties, its groups and their days. */
public class Contract {

    /** Training dates are agreed at the latest two weeks after signing. */
    public static final int DATE_AGREEMENT_DAYS = 14;

    @Id
    private Long id;
    private final String number;
    private final String title;
    private final LocalDate signedOn;
    @Embedded.Empty(prefix = "contact_")
    private final Person contact;
    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private List<Trainer> trainers;
    @MappedCollection(idColumn = "contract_id", keyColumn = "position")
    private final List<TrainingGroup> groups;
    private MaterialsDue materialsDue;
    private Integer evidenceRetentionYears;
    private LocalDate datesAgreedOn;
    private String datesAgreedBy;
    private boolean cancellationRightWaived;
    @Transient
    private boolean agreedAtSigning;
    private LocalDate registeredOn;
    private ContractState state;
    private LocalDate closedOn;
    private int revision;
    @Version
    private Integer version;

    public Contract(String number, String title, LocalDate signedOn, Person contact, List<Trainer> trainers,
            List<TrainingGroup> groups) {
        this.number = number;
        this.title = title;
        this.signedOn = signedOn;
        this.contact = contact;
        this.trainers = List.copyOf(trainers);
        this.groups = new ArrayList<>(groups);
        this.materialsDue = MaterialsDue.TRAINING;
        this.state = ContractState.RUNNING;
    }

    /** Agreed at signing (or left to the default, one delivery per training). */
    public void deliverMaterials(MaterialsDue due) {
        this.materialsDue = Objects.requireNonNull(due);
    }

    /** Keeps the evidence this many years after closing, instead of the setting's default. */
    public void keepEvidenceFor(Integer years) {
        this.evidenceRetentionYears = years;
    }

    public Integer evidenceRetentionYears() {
        return evidenceRetentionYears;
    }

    /** The last day the evidence is kept: the end of the year so many years after closing; none while it runs. */
    public Optional<LocalDate> evidenceKeptUntil(int defaultYears) {
        int years = evidenceRetentionYears != null ? evidenceRetentionYears : defaultYears;
        return Optional.ofNullable(closedOn).map(closed -> LocalDate.of(closed.getYear() + years, 12, 31));
    }

    public MaterialsDue materialsDue() {
        return materialsDue;
    }

    /** The group's materials deliveries as the contract agreed them, each counted from its first day. */
    public List<TrainingBlock> materialsDeliveries(String groupCode, WorkingDays workingDays) {
        return materialsDue.deliveriesOf(group(groupCode), workingDays);
    }

    /** Checks the days proposed at signing, for the groups that have them, on the engine's {@code today}. */
    public void checkProposedDays(WorkingDays workingDays, LocalDate today) {
        List<ScheduleViolation> violations = new ArrayList<>();
        for (TrainingGroup group : groups) {
            if (group.hasDays()) {
                violations.addAll(group.scheduleViolations(signedOn, today, workingDays));
            }
        }
        if (!violations.isEmpty()) {
            throw new ScheduleRejected(violations);
        }
    }

    /**
     * The trainers' proposal of every group's days. Groups not named keep the days proposed at signing; every group
     * must end up with days that keep the schedule rules, or nothing changes. An officer then confirms them.
     */
    public void agreeDays(Map<String, List<LocalDate>> agreedDays, WorkingDays workingDays, LocalDate today) {
        if (datesAgreed()) {
            throw new TransitionRefused("The training dates of contract " + number + " were agreed on "
                    + datesAgreedOn + " by " + datesAgreedBy + "; they are not proposed again.");
        }
        List<ScheduleViolation> violations = new ArrayList<>();
        agreedDays.keySet().stream()
                .filter(code -> findGroup(code).isEmpty())
                .forEach(code -> violations.add(new ScheduleViolation(code, "days can only be agreed for the "
                        + "contract's groups " + groupCodes(), "unknown group " + code)));
        for (TrainingGroup group : groups) {
            List<LocalDate> days = agreedDays.getOrDefault(group.code(), group.trainingDates());
            if (days.isEmpty()) {
                violations.add(new ScheduleViolation(group.code(), "every group needs its training days",
                        "no days"));
                continue;
            }
            TrainingGroup candidate = new TrainingGroup(group.code(), group.targetGroup(), group.place(),
                    group.participantLimit(), group.academicHours(), List.of());
            candidate.reschedule(days);
            violations.addAll(candidate.scheduleViolations(signedOn, today, workingDays));
        }
        if (!violations.isEmpty()) {
            throw new ScheduleRejected(violations);
        }
        groups.forEach(group -> group.reschedule(agreedDays.getOrDefault(group.code(), group.trainingDates())));
    }

    void registered(LocalDate on) {
        this.registeredOn = on;
    }

    /** The engine's day the contract was registered: a deadline before it was missed before Hankevoog knew. */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    /** The officer registers the contract with its dates agreed at signing: they are confirmed at registration. */
    public void agreeDatesAtSigning(boolean rightWaived) {
        this.agreedAtSigning = true;
        this.cancellationRightWaived = rightWaived;
    }

    public boolean agreedAtSigning() {
        return agreedAtSigning;
    }

    /**
     * The customer's side of the agreement: the proposed days become the agreed ones. A group starting less than
     * {@link TrainingGroup#CANCELLATION_NOTICE_DAYS} days from today could no longer be cancelled, so confirming it
     * needs the right to cancel given up explicitly.
     */
    public void confirmDates(LocalDate today, String by, boolean rightWaived) {
        if (datesAgreed()) {
            throw new TransitionRefused("The training dates of contract " + number + " were agreed on "
                    + datesAgreedOn + " by " + datesAgreedBy + " already.");
        }
        List<ScheduleViolation> violations = new ArrayList<>();
        for (TrainingGroup group : groups) {
            if (!group.hasDays()) {
                violations.add(new ScheduleViolation(group.code(), "every group needs its training days before"
                        + " the dates are agreed", "no days"));
                continue;
            }
            // proposed a while ago, the days may have slipped into the past since
            group.trainingDates().stream().filter(day -> day.isBefore(today)).forEach(day -> violations.add(
                    new ScheduleViolation(group.code(), "training days lie ahead: none before today " + today
                            + "; return the dates for new ones", day.toString())));
            if (!rightWaived && group.cancellationDeadline().isBefore(today)) {
                violations.add(new ScheduleViolation(group.code(), "a first day less than "
                        + TrainingGroup.CANCELLATION_NOTICE_DAYS + " days away is agreed only with the right to cancel"
                        + " the group given up (cancellationRightWaived)", "first day " + group.firstDay() + ", "
                        + ChronoUnit.DAYS.between(today, group.firstDay()) + " days from " + today));
            }
        }
        if (!violations.isEmpty()) {
            throw new ScheduleRejected(violations);
        }
        datesAgreedOn = today;
        datesAgreedBy = by;
        cancellationRightWaived = rightWaived;
        groups.stream().filter(group -> !group.isCancelled()).forEach(TrainingGroup::confirmDays);
    }

    /**
     * Moves a group's days ahead by the rules of registration, before the dates are agreed (the proposal changes)
     * or after (the group's deadlines and timers follow). Refused whole, nothing changed.
     */
    public void moveDays(String groupCode, List<LocalDate> days, LocalDate today, WorkingDays workingDays,
            boolean sixWeeksExceptionConfirmed) {
        if (state != ContractState.RUNNING) {
            throw new TransitionRefused("Contract " + number + " is " + state + "; its days do not change.");
        }
        group(groupCode).move(days, signedOn, today, workingDays, sixWeeksExceptionConfirmed);
        amended();
    }

    /**
     * A change of the contract while it runs: calendars read the revision as their events' SEQUENCE, so that a
     * moved deadline updates the event a subscriber has rather than adding another.
     */
    void amended() {
        revision++;
    }

    public int revision() {
        return revision;
    }

    /** Raised by every save of the aggregate: what a kept copy is checked against. */
    Integer version() {
        return version;
    }

    /** After {@link GroupProgress} raised it in the database, as a save would. */
    void versionRaised() {
        version++;
    }

    public boolean datesAgreed() {
        return datesAgreedOn != null;
    }

    public LocalDate datesAgreedOn() {
        return datesAgreedOn;
    }

    public String datesAgreedBy() {
        return datesAgreedBy;
    }

    public boolean cancellationRightWaived() {
        return cancellationRightWaived;
    }

    public void close(LocalDate today) {
        if (state != ContractState.RUNNING) {
            throw new TransitionRefused("Contract " + number + " is " + state + " already; it closes once.");
        }
        List<String> open = groups.stream().filter(group -> !group.isOver()).map(TrainingGroup::code).toList();
        if (!open.isEmpty()) {
            throw new TransitionRefused("Contract " + number + " cannot close while groups " + open
                    + " are neither completed nor cancelled.");
        }
        state = ContractState.CLOSED;
        closedOn = today;
    }

    public LocalDate dateAgreementDeadline() {
        return signedOn.plusDays(DATE_AGREEMENT_DAYS);
    }

    /** The first training day on or after a day, of any group that still runs: a new trainer's first day. */
    public Optional<LocalDate> firstTrainingDayFrom(LocalDate day) {
        return groups.stream().filter(g -> !g.isCancelled()).flatMap(g -> g.trainingDates().stream())
                .filter(d -> !d.isBefore(day)).min(Comparator.naturalOrder());
    }

    /** The first training day of any group that still runs, if days are known. */
    public Optional<LocalDate> firstTrainingDay() {
        return groups.stream().filter(g -> g.hasDays() && !g.isCancelled()).map(TrainingGroup::firstDay)
                .min(Comparator.naturalOrder());
    }

    public Optional<LocalDate> lastTrainingDay() {
        return groups.stream().filter(g -> g.hasDays() && !g.isCancelled()).map(TrainingGroup::lastDay)
                .max(Comparator.naturalOrder());
    }

    public TrainingGroup group(String code) {
        return findGroup(code).orElseThrow(() -> new NoSuchElementException(
                "Contract " + number + " has no group " + code + "; its groups are " + groupCodes()));
    }

    private Optional<TrainingGroup> findGroup(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    public List<String> groupCodes() {
        return groups.stream().map(TrainingGroup::code).toList();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public Person contact() {
        return contact;
    }

    void linkTrainerAccounts(TrainerAccounts accounts) {
        trainers = List.copyOf(accounts.link(trainers));
    }

    /** The users of the trainers who train now: only they see the contract's trainer tasks, documents and feed. */
    public List<String> trainerUsers() {
        return trainers().stream().map(Trainer::userId).filter(Objects::nonNull).toList();
    }

    /** The trainers who train now. */
    public List<Trainer> trainers() {
        return trainers.stream().filter(Trainer::trains).toList();
    }

    /** Every trainer the contract has had, in the order they joined: a trainer's own task names them by position. */
    public List<Trainer> allTrainers() {
        return trainers;
    }

    /**
     * Replaces or adds trainers: the list is who trains from today. A trainer no longer named leaves (and stays on
     * record), one named for the first time joins; trainers are told apart by e-mail address.
     *
     * @return the positions of the trainers who joined
     */
    List<Integer> changeTrainers(List<Trainer> current, LocalDate today) {
        if (state != ContractState.RUNNING) {
            throw new TransitionRefused("Contract " + number + " is " + state + "; its trainers do not change.");
        }
        List<Trainer> changed = new ArrayList<>();
        for (Trainer known : trainers) {
            Optional<Trainer> named = current.stream().filter(known::sameAs).findFirst();
            // a trainer who stays keeps their account unless another is named
            changed.add(!known.trains() ? known : named.map(n -> new Trainer(n.name(), known.email(),
                    n.userId() != null ? n.userId() : known.userId(), known.joinedOn(), null)).orElse(known.left(today)));
        }
        List<Integer> joined = new ArrayList<>();
        for (Trainer named : current) {
            if (trainers.stream().filter(Trainer::trains).noneMatch(named::sameAs)) {
                joined.add(changed.size());
                changed.add(named.joined(today));
            }
        }
        trainers = List.copyOf(changed);
        amended();
        return joined;
    }

    public List<TrainingGroup> groups() {
        return List.copyOf(groups);
    }

    public ContractState state() {
        return state;
    }

    public LocalDate closedOn() {
        return closedOn;
    }
}
