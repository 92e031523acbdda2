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
 * A group's new days and why they move: its field names are part of the API.
 *
 * @param days every day of the group, held ones unchanged, as YYYY-MM-DD
 * @param exceptionConfirmed the customer confirmed the days may exceed six weeks; the reason says why
 * @param materialsAgain the materials delivered so far no longer count: the trainers deliver them anew
 */
record GroupDaysRequest(@NotEmpty @Size(max = 20) List<@NotNull LocalDate> days,
        @NotBlank @Size(max = 2000) String reason,
        Boolean exceptionConfirmed, Boolean materialsAgain) {

    @AssertTrue(message = "may not hold an Estonian personal identification code (isikukood); remove it")
    boolean isReasonFreeOfPersonalCodes() {
        return reason == null || !PersonalCodes.containsOne(reason);
    }
}
