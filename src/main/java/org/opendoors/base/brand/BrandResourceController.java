package org.opendoors.base.brand;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Serves the brand's stylesheet and logo, so changing brand needs no frontend build. */
@RestController
class BrandResourceController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));
    private final Brand brand;

    BrandResourceController(Brand brand) {
        this.brand = brand;
    }

    @GetMapping("/brand/brand.css")
    ResponseEntity<byte[]> stylesheet() {
        return ResponseEntity.ok().cacheControl(CACHE)
                .contentType(MediaType.valueOf("text/css;charset=UTF-8")).body(brand.stylesheet());
    }

    @GetMapping("/brand/logo")
    ResponseEntity<byte[]> logo() {
        return ResponseEntity.ok().cacheControl(CACHE)
                .contentType(MediaType.valueOf(brand.logoContentType())).body(brand.logo());
    }
}
