package ee.hankevoog.participant;

/** A JUHAN export Hankevoog cannot read as it is: which row, which column, and what is wrong. Nothing is stored. */
public class RosterRefused extends RuntimeException {

    private final int row;
    private final String column;

    RosterRefused(int row, String column, String problem) {
        super("Row " + row + ", column '" + column + "': " + problem);
        this.row = row;
        this.column = column;
    }

    public int row() {
        return row;
    }

    public String column() {
        return column;
    }
}
