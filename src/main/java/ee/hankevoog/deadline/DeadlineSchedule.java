package ee.hankevoog.deadline;

import static ee.hankevoog.deadline.Obligation.CANCELLATION_NOTICE;
import static ee.hankevoog.deadline.Obligation.DATE_AGREEMENT;
import static ee.hankevoog.deadline.Obligation.DIGITAL_MATERIAL_DELETION;
import static ee.hankevoog.deadline.Obligation.FEEDBACK;
import static ee.hankevoog.deadline.Obligation.HANDOVER_ACT;
import static ee.hankevoog.deadline.Obligation.JUHAN_PROFILE;
import static ee.hankevoog.deadline.Obligation.MATERIALS;
import static ee.hankevoog.deadline.Obligation.PRE_MEETING;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TrainingBlock;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Counts every deadline of a contract from its signing date and training days (SPEC, "How deadlines are counted"). */
@Component
public class DeadlineSchedule {

    /** Materials reach the customer at the latest five working days before the training (or block). */
    public static final int MATERIALS_WORKING_DAYS = 5;

    /** The officer is told of curricula not yet approved this many working days before the first training day. */
    public static final int CURRICULUM_WARNING_WORKING_DAYS = 10;

    private final WorkingDays workingDays;
    private final DeadlineSettings settings;

    DeadlineSchedule(WorkingDays workingDays, DeadlineSettings settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    public List<Deadline> of(Contract contract) {
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(dateAgreement(contract));
        contract.firstTrainingDay().ifPresent(first -> {
            deadlines.add(preMeeting(first));
            List<Trainer> trainers = contract.allTrainers();
            for (int trainer = 0; trainer < trainers.size(); trainer++) {
                juhanProfile(contract, trainer).ifPresent(deadlines::add);
            }
        });
        for (TrainingGroup group : contract.groups()) {
            if (group.hasDays()) {
                deadlines.addAll(ofGroup(contract, group));
            }
        }
        contract.lastTrainingDay().ifPresent(last -> deadlines.add(deletion(last)));
        return deadlines;
    }

    public Deadline deletion(LocalDate lastTrainingDay) {
        return new Deadline(DIGITAL_MATERIAL_DELETION, null, lastTrainingDay, null,
                lastTrainingDay.plusDays(settings.deletionDaysAfterLastDay()), "last training day of the contract "
                        + lastTrainingDay + " + " + settings.deletionDaysAfterLastDay()
                        + " calendar days (setting hankevoog.deadlines.deletion-days-after-last-day)");
    }

    public Deadline dateAgreement(Contract contract) {
        return new Deadline(DATE_AGREEMENT, null, null, null, contract.dateAgreementDeadline(),
                "signing date " + contract.signedOn() + " + " + Contract.DATE_AGREEMENT_DAYS + " calendar days");
    }

    public Deadline preMeeting(LocalDate firstTrainingDay) {
        return new Deadline(PRE_MEETING, null, firstTrainingDay, null,
                workingDays.previousWorkingDayBefore(firstTrainingDay),
                "before the training period: the working day before the first training day " + firstTrainingDay);
    }

    /** Each trainer's own profile, before their first training day: the contract's first, as trainers teach all. */
    /**
     * A trainer's profile, due before their first training day: the contract's first, or for one who joined a
     * running contract the first after they joined. None for a trainer who left, nor for one who joined after the
     * last day.
     */
    public Optional<Deadline> juhanProfile(Contract contract, int trainerIndex) {
        Trainer trainer = contract.allTrainers().get(trainerIndex);
        if (!trainer.trains()) {
            return Optional.empty();
        }
        Optional<LocalDate> first = trainer.joinedOn() == null ? contract.firstTrainingDay()
                : contract.firstTrainingDayFrom(trainer.joinedOn());
        return first.map(day -> juhanProfile(day, trainerIndex));
    }

    public Deadline juhanProfile(LocalDate firstTrainingDay, int trainerIndex) {
        return new Deadline(JUHAN_PROFILE, null, firstTrainingDay, trainerIndex,
                workingDays.previousWorkingDayBefore(firstTrainingDay),
                "before the trainer's first training day: the working day before " + firstTrainingDay);
    }

    /** Trainings follow the approved curriculum: the officer hears of curricula not approved this early. */
    public LocalDate curriculumWarning(LocalDate firstTrainingDay) {
        return workingDays.before(firstTrainingDay, CURRICULUM_WARNING_WORKING_DAYS);
    }

    public List<Deadline> ofGroup(Contract contract, TrainingGroup group) {
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(cancellation(group));
        for (TrainingBlock delivery : contract.materialsDeliveries(group.code(), workingDays)) {
            deadlines.add(materials(contract, group, delivery));
        }
        deadlines.add(handoverAct(group));
        deadlines.add(feedback(group));
        return deadlines;
    }

    public Deadline handoverAct(TrainingGroup group) {
        LocalDate last = group.lastDay();
        return new Deadline(HANDOVER_ACT, group.code(), last, null, last.plusDays(settings.handoverDaysAfterLastDay()),
                "last training day " + last + " + " + settings.handoverDaysAfterLastDay()
                        + " calendar days (setting hankevoog.deadlines.handover-days-after-last-day)");
    }

    public Deadline cancellation(TrainingGroup group) {
        return new Deadline(CANCELLATION_NOTICE, group.code(), group.firstDay(), null, group.cancellationDeadline(),
                "first training day " + group.firstDay() + " − " + TrainingGroup.CANCELLATION_NOTICE_DAYS
                        + " calendar days: the last day the customer may still cancel");
    }

    /** Per training the deadline is the group's (no item index); per block, each block's own. */
    public Deadline materials(Contract contract, TrainingGroup group, TrainingBlock delivery) {
        LocalDate first = delivery.firstDay();
        boolean perBlock = contract.materialsDue() == MaterialsDue.BLOCK;
        return new Deadline(MATERIALS, group.code(), first, perBlock ? delivery.index() : null,
                workingDays.before(first, MATERIALS_WORKING_DAYS),
                MATERIALS_WORKING_DAYS + " working days before the " + (perBlock ? "block's" : "training's")
                        + " first day " + first + ", skipping weekends and Estonian public holidays; by the end of"
                        + " that day (materials due per " + (perBlock ? "block" : "training")
                        + ", as the contract's materialsDue says)");
    }

    public Deadline feedback(TrainingGroup group) {
        LocalDate last = group.lastDay();
        return new Deadline(FEEDBACK, group.code(), last, null, last.plusDays(settings.feedbackDaysAfterLastDay()),
                "last training day " + last + " + " + settings.feedbackDaysAfterLastDay()
                        + " calendar days (setting hankevoog.deadlines.feedback-days-after-last-day)");
    }
}
