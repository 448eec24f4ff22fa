package org.opendoors.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --opendoors.generate=full} (or a factor such as {@code 0.1}) starts the application, fills its database with
 * generated data, prints rows per table and the time taken, and exits. {@code --opendoors.generate.offers=…} and so on
 * override single volumes. Exit status 1 when the database already holds generated data.
 */
@Component
@Order(20) // after the demo data, so both can be in one database
@ConditionalOnProperty("opendoors.generate")
class ScaleDataCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataCommand.class);

    private final ScaleDataGenerator generator;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    ScaleDataCommand(ScaleDataGenerator generator, Environment environment, ConfigurableApplicationContext context) {
        this.generator = generator;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        String factor = environment.getRequiredProperty("opendoors.generate");
        ScaleVolumes volumes = ScaleVolumes.scaled("full".equals(factor) ? 1 : Double.parseDouble(factor),
                name -> environment.getProperty("opendoors.generate." + name, Integer.class));
        int status = 0;
        try {
            log.info("Generating {}", volumes);
            System.out.print(generator.generate(volumes).summary());
        } catch (IllegalStateException alreadyThere) {
            System.out.println(alreadyThere.getMessage());
            status = 1;
        }
        int exitCode = SpringApplication.exit(context, () -> 0) == 0 ? 0 : 1;
        System.exit(Math.max(status, exitCode));
    }
}
