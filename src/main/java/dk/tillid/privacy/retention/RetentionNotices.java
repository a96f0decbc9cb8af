package dk.tillid.privacy.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.privacy.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The notices of coming deletion: at most one per person and deletion date, recorded when told. */
@Component
class RetentionNotices {

    private final JdbcClient jdbc;
    private final List<RetentionNoticeChannel> channels;
    private final Clock clock;

    RetentionNotices(JdbcClient jdbc, List<RetentionNoticeChannel> channels, Clock clock) {
        this.jdbc = jdbc;
        this.channels = List.copyOf(channels);
        this.clock = clock;
    }

    /** Tells the person, unless they were told of this date before or may not be told; whether they were told now. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean tell(SubjectId subject, LocalDate deletesOn) {
        boolean toldBefore = jdbc.sql("SELECT EXISTS (SELECT 1 FROM retention_notice WHERE subject_id = :subject AND deletes_on = :on)")
                .param("subject", subject.value()).param("on", deletesOn).query(Boolean.class).single();
        if (toldBefore || channels.stream().noneMatch(channel -> channel.tell(subject, deletesOn))) {
            return false;
        }
        jdbc.sql("INSERT INTO retention_notice (subject_id, deletes_on, noticed_at) VALUES (:subject, :on, :at)")
                .param("subject", subject.value()).param("on", deletesOn).param("at", Timestamp.from(clock.instant()))
                .update();
        return true;
    }
}
