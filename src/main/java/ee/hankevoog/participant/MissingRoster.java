package ee.hankevoog.participant;

/** An import request without its file. */
public class MissingRoster extends RuntimeException {

    public MissingRoster() {
        super("Send the group's registrations as JUHAN exports them (CSV or XLSX) in the multipart part 'file'.");
    }
}
