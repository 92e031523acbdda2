package ee.hankevoog.contract.web;

import ee.hankevoog.contract.NewContract.TrainerRequest;
import ee.hankevoog.taskform.PersonalCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * Who trains from now on, and why the trainers change: its field names are part of the API.
 *
 * @param trainers every trainer from today, those who stay included; told apart by e-mail address
 */
record TrainersRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid TrainerRequest> trainers,
        @NotBlank @Size(max = 2000) String reason) {

    @AssertTrue(message = "name each trainer once: trainers are told apart by e-mail address")
    boolean isEachTrainerOnce() {
        return trainers == null || trainers.stream().filter(trainer -> trainer != null && trainer.email() != null)
                .map(trainer -> trainer.email().strip().toLowerCase(Locale.ROOT)).distinct().count()
                == trainers.stream().filter(trainer -> trainer != null && trainer.email() != null).count();
    }

    @AssertTrue(message = "may not hold an Estonian personal identification code (isikukood); remove it")
    boolean isReasonFreeOfPersonalCodes() {
        return reason == null || !PersonalCodes.containsOne(reason);
    }
}
