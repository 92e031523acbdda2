package ee.hankevoog.contract.web;

import ee.hankevoog.taskform.PersonalCodes;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why the customer cancels a group, and the registrations the decision rests on: its field names are part of the API.
 */
record GroupCancellationRequest(@NotBlank @Size(max = 2000) String reason,
        @Min(0) @Max(1000) Integer registeredParticipants) {

    @AssertTrue(message = "may not hold an Estonian personal identification code (isikukood); remove it")
    boolean isReasonFreeOfPersonalCodes() {
        return reason == null || !PersonalCodes.containsOne(reason);
    }
}
