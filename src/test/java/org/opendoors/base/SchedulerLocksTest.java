package org.opendoors.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.opendoors.SpringTest;
import org.opendoors.TestMailServer;
import org.opendoors.security.Role;
import org.opendoors.security.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Each scheduled job runs on one instance at a time: ShedLock's row in the database decides which. */
class SchedulerLocksTest extends SpringTest {

    @Autowired
    TestUsers users;

    @Autowired
    LockProvider lockProvider;

    @Test
    void every_scheduled_job_holds_a_scheduler_lock_of_its_own() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> jobs = new ArrayList<>();
        List<String> lockNames = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("org.opendoors")) {
            Class<?> type = ClassUtils.resolveClassName(bean.getBeanClassName(), null);
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.add(type.getSimpleName() + "." + method.getName());
                    SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                    assertThat(lock).as(type.getSimpleName() + "." + method.getName()).isNotNull();
                    lockNames.add(lock.name());
                }
            }
        }
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(7);
        assertThat(lockNames).doesNotHaveDuplicates();
    }

    @Test
    void while_another_instance_holds_the_outbox_lock_this_one_sends_nothing() {
        // take the lock as another instance would: once this instance's current run, if any, has let go of it
        SimpleLock held = await().atMost(Duration.ofSeconds(10)).until(() -> lockProvider.lock(new LockConfiguration(
                java.time.Instant.now(), "outbox-send", Duration.ofSeconds(30), Duration.ZERO)), java.util.Optional::isPresent)
                .orElseThrow();
        String recipient;
        try {
            recipient = users.create(Role.ADVISER); // queues a welcome e-mail
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            assertThat(TestMailServer.messagesTo(recipient)).as("sent while another instance held the lock").isEmpty();
        } finally {
            held.unlock();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.messagesTo(recipient).isEmpty());
    }
}
