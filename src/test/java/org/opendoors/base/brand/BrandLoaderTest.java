package org.opendoors.base.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandLoaderTest {

    @TempDir
    Path themes;

    @Test
    void the_default_pack_ships_inside_the_application() {
        Brand brand = new BrandLoader(themes).load("default");
        assertThat(brand.councilName()).isEqualTo("Anytown Council");
        assertThat(brand.signatoryName()).isNotBlank();
        assertThat(new String(brand.stylesheet())).contains("--lumo-primary-color");
        assertThat(brand.logoContentType()).isEqualTo("image/svg+xml");
    }

    @Test
    void a_pack_on_disk_is_used_without_a_rebuild() throws Exception {
        Path pack = Files.createDirectories(themes.resolve("seaview"));
        Files.writeString(pack.resolve("brand.properties"), """
                council.name=Seaview City Council
                service.name=Open Doors
                logo=logo.png
                pdf.logo=logo.png
                pdf.colour=#005a30
                certificate.signatory.name=A. Person
                certificate.signatory.title=Director
                email.footer=Seaview footer
                privacy.contact=dpo@seaview.example
                privacy.purposes=Running pledges | Events
                """);
        Files.writeString(pack.resolve("brand.css"), "html { --lumo-primary-color: #005a30; }");
        Files.write(pack.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        Brand brand = new BrandLoader(themes).load("seaview");
        assertThat(brand.title()).isEqualTo("Open Doors – Seaview City Council");
        assertThat(brand.logoContentType()).isEqualTo("image/png");
        assertThat(new String(brand.stylesheet())).contains("#005a30");
        assertThat(brand.privacyPurposes()).containsExactly("Running pledges", "Events");
    }

    @Test
    void an_unknown_brand_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> new BrandLoader(themes).load("nowhere"))
                .isInstanceOf(BrandNotFoundException.class)
                .hasMessageContaining("Brand pack 'nowhere' not found")
                .hasMessageContaining("OPEN_DOORS_BRAND");
    }

    @Test
    void a_pack_missing_a_setting_names_it() throws Exception {
        Path pack = Files.createDirectories(themes.resolve("partial"));
        Files.writeString(pack.resolve("brand.properties"), "council.name=Somewhere\n");
        assertThatThrownBy(() -> new BrandLoader(themes).load("partial"))
                .hasMessageContaining("has no 'service.name'");
    }

    @Test
    void a_folder_name_cannot_escape_the_themes_folder() {
        assertThatThrownBy(() -> new BrandLoader(themes).load("../etc"))
                .isInstanceOf(BrandNotFoundException.class)
                .hasMessageContaining("not a valid brand folder name");
    }
}
