package ee.hankevoog.contract.web;

import ee.hankevoog.taskform.PersonalCodes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The days a trainer proposes for a group, and why: its field names are part of the API.
 *
 * @param days every day of the group, held ones unchanged, as YYYY-MM-DD
 */
record DayProposalRequest(@NotEmpty @Size(max = 20) List<@NotNull LocalDate> days,
        @NotBlank @Size(max = 2000) String reason) {

    @AssertTrue(message = "may not hold an Estonian personal identification code (isikukood); remove it")
    boolean isReasonFreeOfPersonalCodes() {
        return reason == null || !PersonalCodes.containsOne(reason);
    }
}
