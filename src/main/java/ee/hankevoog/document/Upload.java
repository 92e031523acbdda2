package ee.hankevoog.document;

/** A file as a user sent it: the name they gave it and its bytes; nothing about it is trusted yet. */
public record Upload(String fileName, byte[] content) {

    public long size() {
        return content.length;
    }
}
