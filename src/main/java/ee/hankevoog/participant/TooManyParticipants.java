package ee.hankevoog.participant;

/** An import that would put more people in a group than its limit: refused whole. */
public class TooManyParticipants extends RuntimeException {

    TooManyParticipants(String group, int limit, long count) {
        super("Group " + group + " takes at most " + limit + " participants; this import would make " + count
                + ". Nothing was imported: cancel registrations in JUHAN or agree a larger group first.");
    }
}
