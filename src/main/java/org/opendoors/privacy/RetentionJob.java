package org.opendoors.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, removes or anonymises the personal data that has passed its period in the {@link RetentionSchedule}:
 * each kind's cut-off is today (UK time) less its period, and the module holding the kind applies its own
 * {@link RetentionRule}. Logs the count by kind. One rule failing does not stop the others.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionSchedule schedule;
    private final Map<RetentionKind, RetentionRule> rules;
    private final Clock clock;

    RetentionJob(RetentionSchedule schedule, List<RetentionRule> rules, Clock clock) {
        this.schedule = schedule;
        this.rules = rules.stream().collect(Collectors.toMap(RetentionRule::kind, Function.identity()));
        this.clock = clock;
    }

    @Scheduled(cron = "${opendoors.retention.cron:0 45 3 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
    public void runToday() {
        run(LocalDate.now(clock));
    }

    /** Applies the schedule as it stands, as if today were {@code today}. */
    public RetentionSummary run(LocalDate today) {
        Map<RetentionKind, Integer> removed = new EnumMap<>(RetentionKind.class);
        Set<RetentionKind> failed = EnumSet.noneOf(RetentionKind.class);
        for (RetentionPeriod period : schedule.periods()) {
            RetentionRule rule = rules.get(period.getKind());
            LocalDate cutoff = period.cutoff(today);
            if (rule == null) {
                log.error("Retention: no rule removes {}", period.getKind());
                failed.add(period.getKind());
                continue;
            }
            try {
                int count = rule.apply(cutoff);
                removed.put(period.getKind(), count);
                log.info("Retention: {} {} removed or anonymised ({} kept; on or before {})", period.getKind(), count,
                        period.describe(), cutoff);
            } catch (RuntimeException problem) {
                failed.add(period.getKind());
                log.error("Retention: {} failed; the other kinds go on", period.getKind(), problem);
            }
        }
        RetentionSummary summary = new RetentionSummary(today, removed, failed);
        log.info("Retention on {}: {}", today, summary);
        return summary;
    }
}
