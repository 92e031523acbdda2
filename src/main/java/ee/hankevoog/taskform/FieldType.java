package ee.hankevoog.taskform;

public enum FieldType {
    TEXT, NUMBER, BOOLEAN, DATE, CHOICE
}
