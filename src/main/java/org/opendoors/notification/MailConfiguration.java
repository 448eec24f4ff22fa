package org.opendoors.notification;

import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * An SMTP sender only when {@code OPEN_DOORS_SMTP_HOST} is set. Without one, e-mails stay in the outbox,
 * readable by ADMIN, so the demo works offline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${opendoors.smtp.host:}'.isBlank()")
class MailConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(@Value("${opendoors.smtp.host}") String host,
                                  @Value("${opendoors.smtp.port:25}") int port,
                                  @Value("${opendoors.smtp.username:}") String username,
                                  @Value("${opendoors.smtp.password:}") String password,
                                  @Value("${opendoors.smtp.starttls:false}") boolean startTls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        Properties props = sender.getJavaMailProperties();
        if (!username.isBlank()) {
            sender.setUsername(username);
            sender.setPassword(password);
            props.put("mail.smtp.auth", "true");
        }
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        // a mail server that hangs must not hold the outbox rows for long
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
