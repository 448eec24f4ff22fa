package org.opendoors.base.brand;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BrandConfiguration {

    @Bean
    Brand brand(@Value("${opendoors.themes-dir}") Path themesDir, @Value("${opendoors.brand}") String folder) {
        return new BrandLoader(themesDir).load(folder.trim());
    }
}
