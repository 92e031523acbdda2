package ee.hankevoog.participant;

import java.util.List;

/**
 * A group's registrations with their attendance, read in one statement: a group's records are read at every step of
 * its training days.
 */
interface GroupRoster {

    /** The group's registrations in name order. */
    List<Participant> ofGroup(String contractNumber, String groupCode);
}
