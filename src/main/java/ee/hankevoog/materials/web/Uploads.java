package ee.hankevoog.materials.web;

import ee.hankevoog.document.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/** Multipart files as uploads; a browser sends an empty part when no file was chosen, which is no file. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream()
                .filter(file -> !(file.isEmpty() && (file.getOriginalFilename() == null
                        || file.getOriginalFilename().isEmpty())))
                .map(Uploads::upload).toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload " + file.getOriginalFilename(), e);
        }
    }
}
