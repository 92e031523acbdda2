package ee.hankevoog.contract;

/**
 * An officer moving a group's days asked for its materials again: published in the changing transaction, before
 * the group plans again, so that the plan opens a new delivery task.
 */
public record MaterialsRequestedAgain(String contractNumber, String groupCode) {
}
