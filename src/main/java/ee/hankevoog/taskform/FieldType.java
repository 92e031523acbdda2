package ee.hankevoog.taskform;

enum FieldType {
    TEXT, NUMBER, BOOLEAN, DATE, CHOICE
}
