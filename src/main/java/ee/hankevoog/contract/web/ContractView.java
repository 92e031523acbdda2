package ee.hankevoog.contract.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.contract.Person;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.GroupStatus;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.List;

record ContractView(String number, String title, LocalDate signedOn, Person customerContact, List<TrainerView> trainers,
        List<TrainerView> formerTrainers, List<GroupView> groups, MaterialsDue materialsDue, Integer evidenceRetentionYears, boolean datesAgreed,
        LocalDate datesAgreedOn, String datesAgreedBy, boolean cancellationRightWaived, ContractState state,
        LocalDate closedOn, int revision) {

    /** @param daysHeld the days recorded as held: they never move */
    record GroupView(String code, TargetGroup targetGroup, String place, int participantLimit, int academicHours,
            List<LocalDate> days, List<LocalDate> daysHeld, GroupStatus status, LocalDate cancelledOn) {

        static GroupView of(TrainingGroup group) {
            return new GroupView(group.code(), group.targetGroup(), group.place(), group.participantLimit(),
                    group.academicHours(), group.trainingDates(), group.days().stream().filter(TrainingDay::wasHeld)
                    .map(TrainingDay::day).toList(), group.status(), group.cancelledOn());
        }
    }

    /** @param joinedOn and {@code leftOn}: the days a trainer joined or left the running contract */
    record TrainerView(String name, String email, String user, LocalDate joinedOn, LocalDate leftOn) {
    }

    private static TrainerView trainer(Trainer trainer) {
        return new TrainerView(trainer.name(), trainer.email(), trainer.userId(), trainer.joinedOn(), trainer.leftOn());
    }

    static ContractView of(Contract contract) {
        return new ContractView(contract.number(), contract.title(), contract.signedOn(), contract.contact(),
                contract.trainers().stream().map(ContractView::trainer).toList(),
                contract.allTrainers().stream().filter(t -> !t.trains()).map(ContractView::trainer).toList(),
                contract.groups().stream().map(GroupView::of).toList(), contract.materialsDue(),
                contract.evidenceRetentionYears(), contract.datesAgreed(), contract.datesAgreedOn(),
                contract.datesAgreedBy(), contract.cancellationRightWaived(), contract.state(), contract.closedOn(),
                contract.revision());
    }
}
