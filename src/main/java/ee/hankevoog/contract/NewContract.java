package ee.hankevoog.contract;

import ee.hankevoog.taskform.PersonalCodes;
import ee.hankevoog.training.MaterialsDue;
import ee.hankevoog.training.TargetGroup;
import ee.hankevoog.training.TrainingDay;
import ee.hankevoog.training.TrainingGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a new contract must carry, and the one set of rules for it: the API takes it as JSON (its field names are
 * part of the API) and the Tasklist start form is read into it, and both are checked by these constraints.
 *
 * @param materialsDue per TRAINING (the default when left out: one delivery a group) or per BLOCK of days
 * @param evidenceRetentionYears how many years after closing the evidence is kept; the setting's when left out
 * @param datesAgreed            true when the dates were agreed at signing: the registering officer confirms them
 * @param cancellationRightWaived with datesAgreed, gives up the right to cancel groups starting within two weeks
 */
public record NewContract(
        // no '/': the number is a path segment of /api/contracts/{number}, and servers refuse an encoded one
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "may hold letters, digits and . _ - only, starting with a letter or digit") String number,
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate signedOn,
        @NotNull @Valid PersonRequest customerContact,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid TrainerRequest> trainers,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid GroupRequest> groups,
        MaterialsDue materialsDue,
        @Min(1) @Max(50) Integer evidenceRetentionYears,
        Boolean datesAgreed,
        Boolean cancellationRightWaived) {

    /** @param user the trainer's Camunda user, who gets the contract's trainer tasks; none when left out */
    public record TrainerRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9]+", message = "is a Camunda user id: letters and digits")
            String user) {

        public Trainer toTrainer() {
            return new Trainer(name.strip(), email.strip(), user);
        }
    }

    public record PersonRequest(@NotBlank @Size(max = 200) String name,
            @NotBlank @Email @Size(max = 320) String email) {

        Person toPerson() {
            return new Person(name.strip(), email.strip());
        }
    }

    public record GroupRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9_-]+",
                    message = "may hold letters, digits, _ and - only") String code,
            @NotNull TargetGroup targetGroup,
            @NotBlank @Size(max = 200) String place,
            @NotNull @Min(1) @Max(1000) Integer participantLimit,
            @NotNull @Min(1) @Max(1000) Integer academicHours,
            @Size(max = 10) List<@NotNull LocalDate> days) {

        TrainingGroup toGroup() {
            List<TrainingDay> trainingDays = days == null ? List.of() : days.stream().map(TrainingDay::planned).toList();
            return new TrainingGroup(code, targetGroup, place.strip(), participantLimit, academicHours, trainingDays);
        }
    }

    @AssertTrue(message = "with datesAgreed true every group needs its days: give them, or leave the dates to be"
            + " agreed after registration")
    boolean isEveryGroupDatedWhenDatesAgreed() {
        return !Boolean.TRUE.equals(datesAgreed) || groups == null || groups.stream().filter(Objects::nonNull)
                .allMatch(group -> group.days() != null && !group.days().isEmpty());
    }

    @AssertTrue(message = "every group needs its own code; a code is given twice")
    boolean isGroupCodesUnique() {
        if (groups == null) {
            return true;
        }
        List<String> codes = groups.stream().filter(Objects::nonNull).map(GroupRequest::code).toList();
        return codes.stream().distinct().count() == codes.size();
    }

    @AssertTrue(message = "no text of a contract may hold an Estonian personal identification code (isikukood):"
            + " remove it from the number, title, names and places")
    boolean isFreeOfPersonalCodes() {
        List<String> texts = new ArrayList<>(List.of(String.valueOf(number), String.valueOf(title)));
        if (customerContact != null) {
            texts.add(String.valueOf(customerContact.name()));
        }
        if (trainers != null) {
            trainers.stream().filter(Objects::nonNull).forEach(trainer -> texts.add(String.valueOf(trainer.name())));
        }
        if (groups != null) {
            groups.stream().filter(Objects::nonNull).forEach(group -> texts.add(group.code() + " " + group.place()));
        }
        return texts.stream().noneMatch(PersonalCodes::containsOne);
    }

    public Contract toContract() {
        Contract contract = new Contract(number, title.strip(), signedOn, customerContact.toPerson(),
                trainers.stream().map(TrainerRequest::toTrainer).toList(),
                groups.stream().map(GroupRequest::toGroup).toList());
        contract.deliverMaterials(materialsDue == null ? MaterialsDue.TRAINING : materialsDue);
        contract.keepEvidenceFor(evidenceRetentionYears);
        if (Boolean.TRUE.equals(datesAgreed)) {
            contract.agreeDatesAtSigning(Boolean.TRUE.equals(cancellationRightWaived));
        }
        return contract;
    }
}
