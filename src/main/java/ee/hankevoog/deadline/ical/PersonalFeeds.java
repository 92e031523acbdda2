package ee.hankevoog.deadline.ical;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * A user's own deadline feed, all the contracts they see. An officer's covers every running contract, the heaviest
 * read there is, and calendar clients poll it unattended, often at the same moment. A request that comes while the
 * same user's feed is being written waits for that one and gets it; the next request after it writes it anew, so
 * nothing is older than the request that found it being written.
 */
@Component
public class PersonalFeeds {

    private final DeadlineCalendar calendar;
    private final VisibleContracts visible;
    private final ConcurrentMap<String, CompletableFuture<String>> writing = new ConcurrentHashMap<>();

    PersonalFeeds(DeadlineCalendar calendar, VisibleContracts visible) {
        this.calendar = calendar;
        this.visible = visible;
    }

    public String of(String user) {
        CompletableFuture<String> mine = new CompletableFuture<>();
        CompletableFuture<String> earlier = writing.putIfAbsent(user, mine);
        if (earlier != null) {
            return earlier.join();
        }
        try {
            String feed = calendar.of("Hankevoog – tähtajad / deadlines (" + user + ")", visible.of(user));
            mine.complete(feed);
            return feed;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            writing.remove(user, mine);
        }
    }
}
